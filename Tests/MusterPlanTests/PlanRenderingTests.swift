import Foundation
import MusterDiagnostics
import MusterPlan
import MusterTestSupport
import Testing

/// The text, JSON and Markdown renderings of the fixture plans, held byte for byte in golden
/// files under Tests/Golden/plan.
@Suite struct PlanRenderingTests {
    static let fixtures = ["empty", "mixed", "blocked"]
    static let version = "0.1.0"

    private func golden(_ name: String, _ ext: String) -> String {
        "Tests/Golden/plan/\(name).\(ext)"
    }

    @Test(arguments: fixtures)
    func textMatchesItsGoldenFile(fixture: String) {
        let text = PlanTextRenderer(style: .plain).render(PlanFixtures.plan(fixture))
        #expect(GoldenFile.mismatch(text, golden: golden(fixture, "txt")) == nil)
    }

    @Test func colouredTextMatchesItsGoldenFile() {
        let text = PlanTextRenderer(style: TextStyle(isColored: true)).render(PlanFixtures.mixed)
        #expect(GoldenFile.mismatch(text, golden: golden("mixed-color", "txt")) == nil)
        #expect(text.contains("\u{1B}[32m+\u{1B}[0m"))
    }

    @Test(arguments: fixtures)
    func jsonMatchesItsGoldenFile(fixture: String) throws {
        let json = PlanJSONRenderer().render(
            PlanFixtures.plan(fixture), musterVersion: Self.version)
        #expect(GoldenFile.mismatch(json, golden: golden(fixture, "json")) == nil)
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    @Test(arguments: fixtures)
    func markdownMatchesItsGoldenFile(fixture: String) {
        let markdown = PlanMarkdownRenderer().render(PlanFixtures.plan(fixture))
        #expect(GoldenFile.mismatch(markdown, golden: golden(fixture, "md")) == nil)
    }

    /// Every rendering of a plan, and of an equal plan decoded from its saved form.
    @Test(arguments: fixtures)
    func equalPlansRenderToTheSameBytes(fixture: String) throws {
        let plan = PlanFixtures.plan(fixture)
        let copy = try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(plan))
        #expect(copy == plan)
        #expect(renderings(of: plan) == renderings(of: plan))
        #expect(renderings(of: copy) == renderings(of: plan))
    }

    private func renderings(of plan: Plan) -> [String] {
        [
            PlanTextRenderer(style: .plain).render(plan),
            PlanTextRenderer(style: TextStyle(isColored: true)).render(plan),
            PlanJSONRenderer().render(plan, musterVersion: Self.version),
            PlanMarkdownRenderer().render(plan),
        ]
    }

    @Test func changesKeepTheirApplyOrder() {
        let text = PlanTextRenderer(style: .plain).render(PlanFixtures.mixed)
        let symbols = Set(Change.Action.allCases.map(\.symbol))
        let shown = text.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard line.hasPrefix("  "), !line.hasPrefix("   "), words.count == 2,
                symbols.contains(String(words[0]))
            else { return nil }
            return String(words[1])
        }
        #expect(shown == PlanFixtures.mixed.changes.map(\.address.description))
    }

    @Test(arguments: fixtures)
    func theSummaryLineIsAlwaysLast(fixture: String) {
        let plan = PlanFixtures.plan(fixture)
        let last = PlanTextRenderer(style: .plain).render(plan).split(separator: "\n").last
        let expected = plan.hasChanges ? "Plan: " : "No changes. "
        #expect(last?.hasPrefix(expected) == true)
    }

    @Test func aPlanWithNothingAtAllIsOneLine() {
        #expect(
            PlanTextRenderer(style: .plain).render(Plan())
                == "No changes. The live side matches the configuration.\n")
        #expect(!PlanMarkdownRenderer().render(Plan()).contains("<details>"))
    }

    @Test func theSummaryCountsOnlyTheRareActionsThatOccur() {
        let text = PlanTextRenderer(style: .plain).render(PlanFixtures.mixed)
        #expect(
            text.hasSuffix(
                "Plan: 3 to create, 1 to update, 1 to delete, 1 to adopt, 1 to forget,"
                    + " 1 manual step.\n"))
    }

    @Test func theDeletionWarningNamesTenAddressesAndCountsTheRest() {
        let markdown = PlanMarkdownRenderer().render(PlanFixtures.blocked)
        let warning = markdown.split(separator: "\n").first { $0.hasPrefix("> This plan ") }
        #expect(warning?.hasPrefix("> This plan deletes or replaces 15 objects: `") == true)
        #expect(warning?.hasSuffix(", and 5 more.") == true)
        #expect(warning?.components(separatedBy: "`role_grant.").count == 11)
    }
}
