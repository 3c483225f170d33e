import Foundation
import MusterTestSupport
import Testing

/// User bindings end to end: `muster plan` and `muster apply` against a sandbox seeded with
/// every outcome a platform can express, checking the links in the sandbox's own world.
@Suite struct BindingEndToEndTests {
    /// Starts the scenario's sandbox with its configuration written.
    static func harness(_ scenario: BindingScenario) throws -> SandboxHarness {
        let harness = try SandboxHarness(seed: scenario.seed, environment: scenario.environment)
        try harness.write(scenario.documents(harness))
        return harness
    }

    @Test(arguments: BindingScenario.allCases)
    func planReportsEveryOutcomeAndApplyLinksExactlyTheResolvableMembers(
        scenario: BindingScenario
    ) async throws {
        let harness = try Self.harness(scenario)
        let plan = await harness.muster("plan", ["--no-color", "--detailed-exitcode"])
        #expect(plan.code == .changesPresent, "\(plan.error)")
        let golden = "Tests/Golden/bindings/\(scenario)"
        let text = GoldenFile.mismatch(harness.relativized(plan.out), golden: golden + ".txt")
        #expect(text == nil, "\(text ?? "")")
        let diagnostics = GoldenFile.mismatch(
            harness.relativized(plan.error), golden: golden + ".diagnostics")
        #expect(diagnostics == nil, "\(diagnostics ?? "")")

        let apply = await harness.muster("apply", ["--auto-approve", "--no-color"])
        #expect(apply.code == .success, "\(apply.out)\(apply.error)")
        let applied = GoldenFile.mismatch(
            harness.relativized(apply.out), golden: golden + ".apply.txt")
        #expect(applied == nil, "\(applied ?? "")")
        #expect(harness.links(integration: BindingScenario.prodIntegrationID) == scenario.linkable)
        #expect(harness.links(integration: BindingScenario.limitedIntegrationID).isEmpty)
        #expect(harness.count("flashduty", "datasource/im/person/try-link") == 1)

        let again = await harness.muster("plan", ["--detailed-exitcode"])
        #expect(again.code == .success, "\(again.out)")
        #expect(again.out.contains("No changes."))
    }

    @Test(arguments: BindingScenario.allCases)
    func theJSONPlanNamesEveryOutcomeThePlatformCanExpress(
        scenario: BindingScenario
    ) async throws {
        let harness = try Self.harness(scenario)
        let plan = await harness.muster("plan", ["--output", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(plan.out.utf8)) as? [String: Any]
        let identities = try #require(json?["identities"] as? [[String: Any]])

        #expect(Set(identities.compactMap { $0["outcome"] as? String }) == scenario.outcomes)
        let resolved = identities.filter {
            $0["integration"] as? String == "\(scenario)-prod"
                && $0["outcome"] as? String == "resolved"
        }
        #expect(resolved.allSatisfy { $0["account"] is String && $0["route"] is String })
    }

    @Test(arguments: BindingScenario.allCases)
    func showIdentitiesListsEveryBoundMembersAccount(scenario: BindingScenario) async throws {
        let harness = try Self.harness(scenario)
        let plan = await harness.muster("plan", ["--no-color", "--show-identities"])
        #expect(plan.code == .success, "\(plan.error)")
        let table = plan.out.components(separatedBy: "\n\n").last ?? ""
        let golden = "Tests/Golden/bindings/\(scenario).identities.txt"
        let mismatch = GoldenFile.mismatch(table, golden: golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test(arguments: BindingScenario.allCases)
    func strictBindingsMakeEveryWarningAnErrorAndKeepTheNotes(
        scenario: BindingScenario
    ) async throws {
        let harness = try Self.harness(scenario)
        let lenient = await harness.muster("plan", ["--no-color"])
        let strict = await harness.muster("plan", ["--no-color", "--strict-bindings"])

        #expect(strict.code == .failure)
        #expect(!strict.error.contains(": warning: "))
        if scenario == .slack {
            let mismatch = GoldenFile.mismatch(
                harness.relativized(strict.error),
                golden: "Tests/Golden/bindings/slack.strict.diagnostics")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
        #expect(
            strict.error.components(separatedBy: ": error: ").count
                == lenient.error.components(separatedBy: ": warning: ").count)
        #expect(
            strict.error.components(separatedBy: ": note: ").count
                == lenient.error.components(separatedBy: ": note: ").count)
        let apply = await harness.muster("apply", ["--auto-approve", "--strict-bindings"])
        #expect(apply.code == .failure)
        #expect(harness.links(integration: BindingScenario.prodIntegrationID).isEmpty)
    }
}
