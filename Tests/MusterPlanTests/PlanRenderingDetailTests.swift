import Foundation
import MusterDiagnostics
import MusterTestSupport
import Testing

@testable import MusterPlan

/// The pieces of the renderings that golden files hold only in passing: secrets, masks,
/// attribute diffs, durations and Markdown escaping.
@Suite struct PlanRenderingDetailTests {
    /// A plan with a secret in every place a value can hold one.
    private static let secretive: Plan = {
        let credentials = PlanValue.object([
            "app_secret": .sensitive, "app_id": .string("cli_a1"),
            "tokens": .array([.string("public"), .sensitive]),
        ])
        let change = Change(
            address: ResourceAddress("integration", "feishu-prod"), action: .manual,
            before: .object(["credentials": .sensitive]),
            after: .object(["credentials": credentials]), reason: "credentials were rotated",
            location: nil, operation: nil, instructions: "Paste the new app secret.")
        let create = Change(
            address: ResourceAddress("role", "Vault"), action: .create, before: nil,
            after: .object(["token": .sensitive]), reason: "declared", location: nil,
            operation: .createRole(name: "Vault", description: "", permissionIDs: []))
        return Plan(changes: [change, create])
    }()

    @Test func everyRenderingShowsASecretAsSensitiveAndNothingSecretLooking() {
        let plans = [Self.secretive, PlanFixtures.mixed]
        for plan in plans {
            let renderings = [
                PlanTextRenderer(style: .plain).render(plan),
                PlanTextRenderer(style: TextStyle(isColored: true)).render(plan),
                PlanJSONRenderer().render(plan, musterVersion: "0"),
                PlanMarkdownRenderer().render(plan),
            ]
            for text in renderings {
                #expect(plan != Self.secretive || text.contains("(sensitive)"))
                #expect(
                    text.range(of: #"xox[abp]-|sk_live|-----BEGIN"#, options: .regularExpression)
                        == nil)
            }
        }
        let text = PlanTextRenderer(style: .plain).render(Self.secretive)
        #expect(text.contains("+ token = (sensitive)\n"))
        let after =
            #"{"app_id": "cli_a1", "app_secret": (sensitive), "tokens": ["public", (sensitive)]}"#
        #expect(text.contains("~ credentials = (sensitive) -> \(after)\n"))
    }

    @Test func sensitiveMasksMirrorTheValueWithTrueAtEachSecret() throws {
        let json = PlanJSONRenderer().render(Self.secretive, musterVersion: "0")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let changes = try #require(object["resource_changes"] as? [[String: Any]])
        let change = try #require(changes.first?["change"] as? [String: Any])
        #expect(change["before_sensitive"] as? [String: Bool] == ["credentials": true])
        let after = try #require(change["after_sensitive"] as? [String: Any])
        let credentials = try #require(after["credentials"] as? [String: Any])
        #expect(Set(credentials.keys) == ["app_secret", "tokens"])
        #expect(credentials["tokens"] as? [Bool] == [false, true])
        let plain = try #require(changes.last?["change"] as? [String: Any])
        #expect(plain["before_sensitive"] as? Bool == false)
        #expect((plain["after"] as? [String: String])?["token"] == "(sensitive)")
    }

    @Test func anUpdateListsChangedAddedAndRemovedFieldsAndCountsTheRest() {
        let change = Change(
            address: ResourceAddress("role", "R"), action: .update,
            before: .object(["a": .int(1), "b": .int(2), "gone": .bool(true)]),
            after: .object(["a": .int(1), "b": .int(3), "new": .null]), reason: "drift",
            location: nil, operation: .deleteRole(roleID: 1, name: "R"))
        let diff = AttributeDiff(change)
        #expect(
            diff.lines == [
                .changed(key: "b", from: .int(2), to: .int(3)),
                .removed(key: "gone", value: .bool(true)), .added(key: "new", value: .null),
            ])
        #expect(diff.unchangedCount == 1)
    }

    @Test(arguments: [
        (0.0, "under 0.1 s"), (0.049, "under 0.1 s"), (0.05, "about 0.1 s"),
        (0.25, "about 0.3 s"), (1.46, "about 1.5 s"), (12.0, "about 12.0 s"),
        (Double.nan, "under 0.1 s"),
    ])
    func durationsPrintInTenthsOfASecond(seconds: Double, text: String) {
        #expect(PlanWording.duration(seconds) == text)
    }

    @Test(arguments: [
        ("role.R", "`role.R`"), ("a`b", "``a`b``"), ("`x", "`` `x ``"),
        ("a``b`", "``` a``b` ```"),
    ])
    func inlineCodeOutlastsTheBackticksInside(text: String, code: String) {
        #expect(MarkdownText.code(text) == code)
    }

    @Test(arguments: [
        ("a | b *c* <d> `e` [f]", #"a \| b \*c\* \<d> \`e\` \[f\]"#),
        ("scope qyapi_chat_manage", "scope qyapi_chat_manage"), ("_x_", #"\_x\_"#),
        ("> not a quote > here", #"\> not a quote > here"#), ("# 1", ##"\# 1"##),
        ("OAuth & Permissions, &amp;", #"OAuth & Permissions, \&amp;"#),
        ("two\nlines", "two lines"),
    ])
    func proseEscapesWhatMarkdownWouldTakeAsMarkup(text: String, escaped: String) {
        #expect(MarkdownText.escaped(text) == escaped)
    }

    @Test func aCodeBlockFenceOutlastsBackticksInTheText() {
        #expect(MarkdownText.codeBlock("````\n", language: "diff") == "`````diff\n````\n`````")
    }

    @Test func theDiffBlockPutsMarksInTheFirstColumnAndLeavesOtherLinesAlone() {
        let markdown = PlanMarkdownRenderer().render(PlanFixtures.mixed)
        #expect(markdown.contains("\n+   role.Incident-Commander\n"))
        #expect(markdown.contains("\n+       description = \"Leads the response\"\n"))
        #expect(markdown.contains("\n!       permissions = "))
        #expect(markdown.contains("\n-   role_grant.Responder[\"carol@example.com\"]\n"))
        #expect(markdown.contains("\n  > role.Scribe\n"))
        #expect(markdown.contains("\n      By hand:\n        In the Flashduty console, "))
    }
}
