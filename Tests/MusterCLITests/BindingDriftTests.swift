import Foundation
import MusterTestSupport
import Testing

/// Links that drift after Muster made them: the IM account changed behind Muster's back, or
/// the member's email changed in the service.
@Suite struct BindingDriftTests {
    /// The scenario's sandbox, with `extra` more Slack users, after a converged apply.
    private static func applied(
        _ scenario: BindingScenario, slackUsers extra: [[String: Any]] = []
    ) async throws -> SandboxHarness {
        var seed = scenario.seed
        if var slack = seed["slack"] as? [String: Any] {
            slack["users"] = (slack["users"] as? [[String: Any]] ?? []) + extra
            seed["slack"] = slack
        }
        let harness = try SandboxHarness(seed: seed, environment: scenario.environment)
        try harness.write(scenario.documents(harness))
        let apply = await harness.muster("apply", ["--auto-approve"])
        #expect(apply.code == .success, "\(apply.out)\(apply.error)")
        return harness
    }

    private static var secondAccount: [String: Any] {
        [
            "id": "U11", "name": "second", "realName": "Second", "email": "second@example.com",
        ]
    }

    /// Alice's account made unusable on each platform, and what the plan then says of her.
    private static func deactivation(
        _ scenario: BindingScenario
    ) -> (route: String, body: [String: Any], warning: String) {
        switch scenario {
        case .slack:
            return (
                "slack/drift", ["action": "deactivateUser", "user": "U1"],
                "alice@example.com's Slack account U1 is deactivated"
            )
        case .feishu, .lark:
            return (
                "\(scenario)/drift", ["action": "resignUser", "user": "ou_alice"],
                "alice@example.com's \(scenario == .lark ? "Lark" : "Feishu") account ou_alice "
                    + "is resigned"
            )
        case .dingtalk:
            return (
                "dingtalk/drift", ["action": "deactivateUser", "user": "dt_alice"],
                "no DingTalk account has +8613800000001"
            )
        case .wecom:
            return (
                "wecom/drift", ["action": "disableUser", "user": "wc_alice"],
                "alice@example.com's WeCom account wc_alice is deactivated"
            )
        }
    }

    @Test(arguments: BindingScenario.allCases)
    func aLinkedAccountDeactivatedBehindMustersBackIsReportedAndLeftLinked(
        scenario: BindingScenario
    ) async throws {
        let harness = try await Self.applied(scenario)
        let drift = Self.deactivation(scenario)
        try await harness.admin(drift.route, drift.body)

        let plan = await harness.muster("plan", ["--no-color", "--detailed-exitcode"])
        #expect(plan.code == .success, "\(plan.out)")
        #expect(plan.error.contains("warning: " + drift.warning), "\(plan.error)")
        #expect(harness.links(integration: BindingScenario.prodIntegrationID)[1] != nil)
    }

    @Test func aLinkedMemberWhoNowResolvesToAnotherAccountIsAManualRelink() async throws {
        let harness = try await Self.applied(.slack, slackUsers: [Self.secondAccount])
        try await harness.admin(
            "slack/drift", ["action": "setEmail", "user": "U1", "email": "alice.old@example.com"])
        try await harness.admin(
            "slack/drift", ["action": "setEmail", "user": "U11", "email": "alice@example.com"])

        let plan = await harness.muster("plan", ["--no-color", "--detailed-exitcode"])
        #expect(plan.code == .changesPresent, "\(plan.error)")
        let mismatch = GoldenFile.mismatch(
            harness.relativized(plan.out), golden: "Tests/Golden/bindings/slack-relink.txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
        #expect(harness.links(integration: BindingScenario.prodIntegrationID)[1] == "U1")
    }

    @Test func theRelinkStepsStateRemovalForgetsTheLink() async throws {
        let harness = try await Self.applied(.slack, slackUsers: [Self.secondAccount])
        try await harness.admin(
            "slack/drift", ["action": "setEmail", "user": "U1", "email": "alice.old@example.com"])
        try await harness.admin(
            "slack/drift", ["action": "setEmail", "user": "U11", "email": "alice@example.com"])
        #expect(
            await harness.state("list").out.contains(
                #"member_link.slack-prod["alice@example.com"]"#))

        let removed = await harness.state(
            "rm", [#"member_link.slack-prod["alice@example.com"]"#])
        #expect(removed.code == .success, "\(removed.error)")
        let plan = await harness.muster("plan", ["--no-color"])
        #expect(plan.out.contains(#"+ member_link.slack-prod["alice@example.com"]"#))
    }

    @Test func aMemberWhoseEmailChangedToAnotherAccountsIsAManualRelink() async throws {
        let harness = try await Self.applied(.slack, slackUsers: [Self.secondAccount])
        try await harness.admin(
            "flashduty/member/email",
            ["member_id": 9, "email": "second@example.com", "email_verified": true])

        let plan = await harness.muster("plan", ["--no-color", "--detailed-exitcode"])
        #expect(plan.code == .changesPresent, "\(plan.error)")
        let mismatch = GoldenFile.mismatch(
            harness.relativized(plan.out), golden: "Tests/Golden/bindings/slack-email-moved.txt")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func theRelinkStepOfAMovedEmailNamesTheAddressTheStateHolds() async throws {
        let harness = try await Self.applied(.slack, slackUsers: [Self.secondAccount])
        try await harness.admin(
            "flashduty/member/email",
            ["member_id": 9, "email": "second@example.com", "email_verified": true])

        let plan = await harness.muster("plan", ["--no-color"])
        let held = #"member_link.slack-prod["hank@example.com"]"#
        #expect(await harness.state("list").out.contains(held))
        #expect(plan.out.contains("! " + held), "\(plan.out)")
        #expect(plan.out.contains("muster state rm '\(held)'"))
    }

    @Test func aMemberWhoseEmailChangedToNoAccountIsWarnedAboutAndStaysLinked() async throws {
        let harness = try await Self.applied(.slack)
        try await harness.admin(
            "flashduty/member/email", ["member_id": 9, "email": "hank@corp.example.com"])

        let plan = await harness.muster("plan", ["--no-color", "--detailed-exitcode"])
        #expect(plan.code == .success)
        #expect(
            plan.error.contains(
                "warning: no Slack account has hank@corp.example.com; add an override or invite "
                    + "hank@corp.example.com to the workspace"))
        #expect(harness.links(integration: BindingScenario.prodIntegrationID)[9] == "U9")
    }

    @Test func aMemberWhoseEmailChangedOnBothSidesIsReported() async throws {
        let harness = try await Self.applied(.slack)
        try await harness.admin(
            "flashduty/member/email", ["member_id": 9, "email": "hank@corp.example.com"])
        try await harness.admin(
            "slack/drift", ["action": "setEmail", "user": "U9", "email": "hank@corp.example.com"])

        let plan = await harness.muster("plan", ["--no-color", "--detailed-exitcode"])
        #expect(harness.links(integration: BindingScenario.prodIntegrationID)[9] == "U9")
        // FIXME: the member still resolves to the account Muster linked, so planLink returns
        // without a word, and the state keeps the link under hank@example.com; the plan should
        // move the managed link to the new address (a state-only change) and say why.
        withKnownIssue("an email changed on both sides goes unreported") {
            #expect(plan.code == .changesPresent)
            #expect(plan.out.contains("hank@corp.example.com"), "\(plan.out)")
        }
    }
}
