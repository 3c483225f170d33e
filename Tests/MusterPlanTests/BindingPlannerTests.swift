import MusterModel
import MusterPlan
import Testing

/// The identity stage of the planner: resolving bound members and planning their links.
@Suite struct BindingPlannerTests {
    static func binding(
        members: String = "all", match: String = "[email]", overrides: String = "",
        strict: Bool = false
    ) -> String {
        """
        apiVersion: muster.dev/v1
        kind: UserBinding
        metadata: {name: everyone}
        spec:
          integration: slack-prod
          members: \(members)
          match: \(match)
          strict: \(strict)
        \(overrides)

        """
    }

    /// Members 1-5; the directory knows user1 (active), user2 (deactivated), user3 (two
    /// accounts) and user5 (outside visibility); user4 has no account.
    static func observed(
        refusing: Bool = false, verified: Bool = true
    ) -> ObservedState {
        var members = PlannerFixture.members(5)
        for index in members.indices { members[index].isEmailVerified = verified }
        var directory = ObservedDirectory()
        func key(_ number: Int) -> IdentityKey { IdentityKey(.email, "user\(number)@example.com") }
        directory.matches[key(1)] = [ObservedAccount(id: "U1", email: "user1@example.com")]
        directory.matches[key(2)] = [ObservedAccount(id: "U2", status: .deactivated)]
        directory.matches[key(3)] = [ObservedAccount(id: "U3a"), ObservedAccount(id: "U3b")]
        directory.matches[key(4)] = []
        directory.matches[key(5)] = [ObservedAccount(id: "U5", isVisible: false)]
        directory.accounts["UCAROL"] = ObservedAccount(id: "UCAROL")
        directory.accounts["UGONE"] = .some(nil)
        if refusing {
            directory.refusals[.email] = LookupRefusal(
                missingScope: "users:read.email", message: "Slack users.list: missing_scope")
        }
        var observed = PlannerFixture.observed(members: members)
        observed.directories["slack-prod"] = directory
        return observed
    }

    private func plan(
        _ documents: String, observed: ObservedState = observed(),
        state: OwnershipState = PlannerFixture.emptyState, options: PlanOptions = PlanOptions()
    ) throws -> Plan {
        Planner(options: options).plan(
            desired: try PlannerFixture.configuration(documents), observed: observed, state: state)
    }

    @Test func linksOnlyTheResolvableMembersAndReportsEveryOtherOutcome() throws {
        let plan = try plan(Self.binding())
        #expect(
            plan.changes.map(\.address.description) == [
                #"member_link.slack-prod["user1@example.com"]"#
            ])
        #expect(
            plan.changes[0].operation
                == .linkMember(
                    integration: "slack-prod", integrationID: 5001, memberID: 1,
                    email: "user1@example.com", accountID: "U1"))
        #expect(
            plan.diagnostics.map(\.code) == [
                "binding-ambiguous", "binding-not-found", "binding-inactive", "binding-invisible",
            ])
        #expect(plan.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(
            plan.diagnostics[1].message
                == "no Slack account has user4@example.com; add an override or invite "
                + "user4@example.com to the workspace")
        #expect(
            plan.identities.map(\.outcome) == [
                "resolved", "deactivated", "ambiguous", "not-found", "invisible",
            ])
    }

    @Test func strictBindingsTurnTheOutcomesIntoErrors() throws {
        let strict = try plan(Self.binding(strict: true))
        #expect(strict.hasErrors)
        let flagged = try plan(Self.binding(), options: PlanOptions(strictBindings: true))
        #expect(flagged.diagnostics.filter { $0.severity == .error }.count == 4)
    }

    @Test func anOverrideWinsAndIsCheckedToExist() throws {
        let overrides = """
              overrides:
                - {member: user4@example.com, imUserId: UCAROL}
                - {member: user3@example.com, imUserId: UGONE}
            """
        let plan = try plan(Self.binding(overrides: overrides))
        let byMember = Dictionary(uniqueKeysWithValues: plan.identities.map { ($0.member, $0) })
        #expect(byMember["user4@example.com"]?.outcome == "resolved")
        #expect(byMember["user4@example.com"]?.route == "override")
        #expect(byMember["user3@example.com"]?.outcome == "override-missing")
        let missing = try #require(plan.diagnostics.first { $0.code == "binding-override-missing" })
        #expect(
            missing.message
                == "the override for user3@example.com names UGONE, which Slack does not have")
        #expect(missing.location?.line ?? 0 > 0)
        // Try-link cannot link an override: a note says so, and no change is planned.
        #expect(
            plan.diagnostics.contains { $0.code == "binding-override-link" && $0.severity == .note }
        )
        #expect(!plan.changes.contains { $0.address.keys.last == "user4@example.com" })
    }

    @Test func aMissingLookupScopeIsReportedOnceWithTheScope() throws {
        let plan = try plan(Self.binding(), observed: Self.observed(refusing: true))
        let refused = plan.diagnostics.filter { $0.code == "binding-lookup-refused" }
        #expect(refused.count == 1)
        #expect(refused.first?.message.contains("the app lacks 'users:read.email'") == true)
        #expect(plan.changes.isEmpty)
    }

    @Test func anUnverifiedEmailIsNotPlannedAsALinkAndSaysWhy() throws {
        let plan = try plan(Self.binding(), observed: Self.observed(verified: false))
        #expect(plan.changes.isEmpty)
        #expect(plan.diagnostics.contains { $0.code == "binding-unverified" })
    }

    @Test func aManagedLinkThatNowResolvesElsewhereIsDriftWithInstructions() throws {
        var state = PlannerFixture.emptyState
        state.links["slack-prod"] = [
            "1": .init(memberID: 1, email: "user1@example.com", accountID: "UOLD", origin: .created)
        ]
        let plan = try plan(Self.binding(), state: state)
        let drift = try #require(plan.changes.first)
        #expect(drift.action == .manual)
        #expect(drift.reason.contains("Muster linked user1@example.com to Slack account UOLD"))
        #expect(drift.instructions?.contains("muster state rm") == true)
    }

    @Test func aMemberWhoLeavesTheBindingIsForgottenNeverUnlinked() throws {
        var state = PlannerFixture.emptyState
        state.links["slack-prod"] = [
            "1": .init(memberID: 1, email: "user1@example.com", accountID: "U1", origin: .created)
        ]
        let plan = try plan(Self.binding(members: "[user2@example.com]"), state: state)
        let forget = try #require(plan.changes.first { $0.action == .forget })
        #expect(forget.operation == .forgetLink(integration: "slack-prod", memberID: 1))
        #expect(!plan.changes.contains { $0.action == .delete })
    }

    @Test func twoMembersOnOneAccountAreFlagged() throws {
        var observed = Self.observed()
        observed.directories["slack-prod"]?.matches[IdentityKey(.email, "user4@example.com")] = [
            ObservedAccount(id: "U1", email: "user1@example.com")
        ]
        let plan = try plan(Self.binding(), observed: observed)
        #expect(
            plan.diagnostics.contains {
                $0.code == "binding-shared-account"
                    && $0.message
                        == "user1@example.com and user4@example.com all resolve to Slack account U1"
            })
    }

    @Test func theSameBindingsPlanTheSameWhateverTheListOrder() throws {
        let configuration = try PlannerFixture.configuration(Self.binding())
        var observed = Self.observed()
        let first = Planner().plan(
            desired: configuration, observed: observed, state: PlannerFixture.emptyState)
        observed.service.members.reverse()
        let second = Planner().plan(
            desired: configuration, observed: observed, state: PlannerFixture.emptyState)
        #expect(first == second)
    }
}
