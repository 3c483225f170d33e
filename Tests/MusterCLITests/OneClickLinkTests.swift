import Foundation
import MusterState
import MusterTestSupport
import Testing

/// Where what a plan says of user bindings and what apply's one-click link does part ways.
///
/// Apply links with one `/datasource/im/person/try-link` per integration, and the service then
/// links every member it can match, by its own rules. These tests hold the plan to that: the
/// members it plans links for are the members the service links, and the state records only
/// links that exist.
@Suite struct OneClickLinkTests {
    /// A scenario's sandbox with its members edited, and its configuration written.
    private static func harness(
        _ scenario: BindingScenario, _ edit: (inout [[String: Any]]) -> Void
    ) throws -> SandboxHarness {
        let harness = try SandboxHarness(
            seed: scenario.seed(editingMembers: edit), environment: scenario.environment)
        try harness.write(scenario.documents(harness))
        return harness
    }

    /// The member ids the plan links, from its JSON.
    private static func plannedLinks(_ harness: SandboxHarness) async throws -> Set<Int> {
        let plan = await harness.muster("plan", ["--output", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(plan.out.utf8)) as? [String: Any]
        let identities = json?["identities"] as? [[String: Any]] ?? []
        let changes = json?["resource_changes"] as? [[String: Any]] ?? []
        let addresses = Set(changes.compactMap { $0["address"] as? String })
        return Set(
            identities.compactMap { identity -> Int? in
                guard let integration = identity["integration"] as? String,
                    let member = identity["member"] as? String,
                    addresses.contains("member_link.\(integration)[\"\(member)\"]")
                else { return nil }
                return identity["member_id"] as? Int
            })
    }

    @Test func aPhoneOnlyMemberIsNamedInTheDiagnostics() async throws {
        let harness = try Self.harness(.slack) { _ in }
        let plan = await harness.muster("plan", ["--no-color"])
        // The service sends "" for a member without an email; the plan names them by phone.
        #expect(!plan.error.contains("warning:  has no email"))
        #expect(plan.error.contains("warning: +15550000011 has no email"), "\(plan.error)")
    }

    @Test func phoneOnlyMembersLinkedByPhoneHaveAnAddressEach() async throws {
        let harness = try Self.harness(.dingtalk) { members in
            members.append(BindingScenario.member(13, "Mei", nil, phone: ("+86", "13800000013")))
            members.append(BindingScenario.member(14, "Lei", nil, phone: ("+86", "13800000014")))
        }
        let apply = await harness.muster("apply", ["--auto-approve", "--no-color"])
        #expect(apply.code == .success)
        #expect(harness.links(integration: BindingScenario.prodIntegrationID)[13] == "dt_mei")
        #expect(harness.links(integration: BindingScenario.prodIntegrationID)[14] == "dt_lei")

        let addresses = await harness.state("list").out.split(separator: "\n")
        #expect(addresses.count == 4)
        #expect(Set(addresses).count == 4, "\(addresses)")
        #expect(!apply.out.contains(#"member_link.dingtalk-prod[""]"#))
    }

    @Test(arguments: [BindingScenario.feishu, .dingtalk])
    func oneClickLinkLinksOnlyTheMembersThePlanLinks(scenario: BindingScenario) async throws {
        // Members the plan reports as unlinkable, with the verified addresses the service
        // matches by: Feishu's Dup (two accounts share the email); DingTalk's Dave (has not
        // activated DingTalk) and Hidden (outside the app's contact range). Gina goes, as a
        // verified Gina is simply linkable.
        let harness = try Self.harness(scenario) { members in
            for index in members.indices {
                members[index]["emailVerified"] = true
                members[index]["phoneVerified"] = true
            }
            members.removeAll { $0["id"] as? Int == 10 }
        }
        let planned = try await Self.plannedLinks(harness)
        #expect(planned == Set(scenario.linkable.keys))
        #expect(await harness.muster("apply", ["--auto-approve"]).code == .success)

        let linked = Set(harness.links(integration: BindingScenario.prodIntegrationID).keys)
        #expect(linked.isSuperset(of: planned))
        // FIXME: try-link links everyone the service can match, so the plan's links are not the
        // apply's: Feishu links an address two accounts share to the first, and DingTalk's
        // getbymobile finds people who have not activated DingTalk or are outside the app's
        // contact range. The plan should list these as links too (or warn that apply will
        // make them), and the state should record them.
        withKnownIssue("try-link links members the plan says it cannot") {
            #expect(linked == planned, "linked \(linked.sorted()), planned \(planned.sorted())")
        }
    }

    @Test func aMemberWithAnUnverifiedEmailAndAVerifiedPhoneIsLinkedByPhone() async throws {
        let harness = try Self.harness(.feishu) { members in
            members.append(
                BindingScenario.member(
                    13, "Mei", "mei@example.com", phone: ("+86", "13800000013"),
                    isEmailVerified: false))
        }
        let planned = try await Self.plannedLinks(harness)
        #expect(await harness.muster("apply", ["--auto-approve"]).code == .success)
        #expect(harness.links(integration: BindingScenario.prodIntegrationID)[13] == "ou_mei")
        #expect(planned.contains(13))
    }

    @Test func aPendingMemberIsNotRecordedAsLinked() async throws {
        let harness = try Self.harness(.slack) { members in
            members.append(
                BindingScenario.member(13, "Pat", "pat@example.com", status: "pending"))
        }
        let apply = await harness.muster("apply", ["--auto-approve", "--no-color"])
        #expect(apply.code == .success)
        #expect(harness.links(integration: BindingScenario.prodIntegrationID)[13] == nil)
        let state = try #require(
            try StateStore(path: harness.stateDirectory + "/state.json").load())
        #expect(state.link(integration: "slack-prod", memberID: 13) == nil)
        #expect(!apply.out.contains("already linked"), "\(apply.out)")
    }
}
