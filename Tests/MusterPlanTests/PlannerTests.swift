import MusterModel
import MusterPlan
import Testing

/// The planner, as a pure function of configuration, observed state and ownership.
@Suite struct PlannerTests {
    static let commanderRole = """
        apiVersion: muster.dev/v1
        kind: PermissionGrant
        metadata: {name: commanders}
        spec:
          role: Incident commander
          description: Runs the incident
          permissions: [Incidents Manage, Incidents Read]
          members: [user2@example.com]
          teams: [sre]

        """

    static let responders = """
        apiVersion: muster.dev/v1
        kind: PermissionGrant
        metadata: {name: responders}
        spec:
          role: Responder
          members: [user2@example.com, user3@example.com]

        """

    private func plan(
        _ documents: String, observed: ObservedState = PlannerFixture.observed(),
        state: OwnershipState = PlannerFixture.emptyState, options: PlanOptions = PlanOptions()
    ) throws -> Plan {
        let configuration = try PlannerFixture.configuration(documents)
        return Planner(options: options).plan(
            desired: configuration, observed: observed, state: state)
    }

    @Test func createsADeclaredRoleBeforeGrantingItToMembersAndTeams() throws {
        let plan = try plan(Self.commanderRole)
        #expect(
            plan.changes.map(\.address.description) == [
                #"role["Incident commander"]"#,
                #"role_grant["Incident commander"]["user2@example.com"]"#,
                #"role_grant["Incident commander"]["user4@example.com"]"#,
                #"role_grant["Incident commander"]["user5@example.com"]"#,
            ])
        #expect(plan.changes[0].action == .create)
        #expect(
            plan.changes[0].operation
                == .createRole(
                    name: "Incident commander", description: "Runs the incident",
                    permissionIDs: [101, 102]))
        #expect(plan.changes[1].dependsOn == [ResourceAddress("role", "Incident commander")])
        #expect(
            plan.changes[1].operation
                == .grantRole(
                    role: .created(name: "Incident commander"), memberID: 2,
                    email: "user2@example.com"))
        #expect(plan.changes[1].location?.line ?? 0 > 0)
    }

    @Test func grantsAPresetRoleOnlyToMembersWhoLackItAndAdoptsNothingUnasked() throws {
        var members = PlannerFixture.members(20)
        members[2].roleIDs = [2]  // user3 already a Responder, outside Muster
        let plan = try plan(Self.responders, observed: PlannerFixture.observed(members: members))
        #expect(
            plan.changes.map(\.address.description) == [
                #"role_grant.Responder["user2@example.com"]"#
            ])
        #expect(plan.changes[0].reason == "the configuration grants this role")
    }

    @Test func adoptsExistingGrantsWhenAsked() throws {
        var members = PlannerFixture.members(20)
        members[2].roleIDs = [2]
        let plan = try plan(
            Self.responders, observed: PlannerFixture.observed(members: members),
            options: PlanOptions(adopt: true))
        #expect(plan.changes.map(\.action) == [.create, .adopt])
        #expect(
            plan.changes[1].operation
                == .adoptGrant(
                    roleID: 2, roleName: "Responder", memberID: 3, email: "user3@example.com"))
    }

    @Test func refusesToTakeOverAnUnmanagedRoleWithoutAdopt() throws {
        let existing = ObservedRole(
            id: 40, name: "Incident commander", description: "old", permissionIDs: [101])
        let observed = PlannerFixture.observed(roles: [existing])
        let refused = try plan(Self.commanderRole, observed: observed)
        #expect(refused.changes.isEmpty)
        #expect(refused.diagnostics.map(\.code) == ["unmanaged-role"])
        #expect(refused.hasErrors)

        let adopted = try plan(
            Self.commanderRole, observed: observed, options: PlanOptions(adopt: true))
        #expect(adopted.changes.first?.action == .adopt)
        #expect(
            adopted.changes.first?.operation
                == .updateRole(
                    roleID: 40, name: "Incident commander", description: "Runs the incident",
                    permissionIDs: [101, 102]))
        #expect(adopted.changes.dropFirst().allSatisfy { $0.action == .create })
    }

    @Test func revokesOnlyManagedGrantsThatNoDocumentAsksForAnyMore() throws {
        var members = PlannerFixture.members(20)
        for index in [1, 2, 5, 6] { members[index].roleIDs = [2] }
        var state = PlannerFixture.emptyState
        for id in [2, 3, 6] {
            state.recordGrant(
                role: "Responder",
                .init(memberID: id, email: "user\(id)@example.com", origin: .created))
        }
        let plan = try plan(
            Self.responders, observed: PlannerFixture.observed(members: members), state: state)
        // user6 is managed and no longer wanted; user7 holds the role too but Muster never granted it.
        #expect(
            plan.changes.map(\.address.description) == [
                #"role_grant.Responder["user6@example.com"]"#
            ])
        #expect(plan.changes[0].action == .delete)
        #expect(
            plan.changes[0].operation
                == .revokeRole(
                    roleID: 2, roleName: "Responder", memberID: 6, email: "user6@example.com"))
    }

    @Test func regrantsAManagedGrantRevokedOutsideMusterAndForgetsOnesNoLongerWanted() throws {
        var state = PlannerFixture.emptyState
        for id in [2, 9] {
            state.recordGrant(
                role: "Responder",
                .init(memberID: id, email: "user\(id)@example.com", origin: .created))
        }
        let plan = try plan(Self.responders, state: state)
        let byAddress = Dictionary(
            uniqueKeysWithValues: plan.changes.map { ($0.address.description, $0) })
        #expect(
            byAddress[#"role_grant.Responder["user2@example.com"]"#]?.reason
                == "Muster granted this role, but it was revoked outside Muster")
        #expect(byAddress[#"role_grant.Responder["user9@example.com"]"#]?.action == .forget)
        #expect(byAddress[#"role_grant.Responder["user3@example.com"]"#]?.action == .create)
    }

    @Test func blocksAPlanThatRevokesMoreThanThirtyPercentOfManagedGrants() throws {
        var members = PlannerFixture.members(20)
        var state = PlannerFixture.emptyState
        for id in 2...13 {
            members[id - 1].roleIDs = [2]
            state.recordGrant(
                role: "Responder",
                .init(memberID: id, email: "user\(id)@example.com", origin: .created))
        }
        let observed = PlannerFixture.observed(members: members)
        let blocked = try plan(Self.responders, observed: observed, state: state)
        #expect(blocked.changes.filter { $0.action == .delete }.count == 10)
        #expect(blocked.guardrails.map(\.rule) == ["destroy-threshold"])
        #expect(blocked.guardrails.first?.override == "--allow-destroy")

        let allowed = try plan(
            Self.responders, observed: observed, state: state,
            options: PlanOptions(allowDestroy: true))
        #expect(allowed.guardrails.isEmpty)
    }

    @Test func neverLetsAPlanRevokeTheLastAdmin() throws {
        var state = PlannerFixture.emptyState
        state.recordGrant(
            role: "Admin", .init(memberID: 1, email: "user1@example.com", origin: .adopted))
        let plan = try plan(Self.responders, state: state, options: PlanOptions(allowDestroy: true))
        #expect(plan.guardrails.map(\.rule) == ["last-admin"])
        #expect(plan.guardrails.first?.override == nil)
    }

    @Test func plansAManualStepWhenWarRoomsAreOffAndNamesEachMissingScopeWithItsFeature() throws {
        let scopes = """
            apiVersion: muster.dev/v1
            kind: PermissionGrant
            metadata: {name: app}
            spec:
              integration: slack-prod
              scopes: [chat:write, groups:write]

            """
        let plan = try plan(scopes, observed: PlannerFixture.observed(warRoomOn: false))
        #expect(
            plan.changes.map(\.address.description) == [
                "integration.slack-prod", #"app_scope.slack-prod["groups:write"]"#,
            ])
        #expect(plan.changes.allSatisfy { $0.action == .manual && $0.operation == nil })
        #expect(plan.changes[0].instructions?.contains("Turn War room on") == true)
        #expect(plan.changes[1].reason.contains("private war-room channels"))
        #expect(plan.checks.contains { $0.title.contains("chat:write") && $0.status == .passed })
        #expect(!plan.hasAutomaticChanges)
    }

    @Test func namesUnknownMembersTeamsAndPermissionsWhereTheyAreWritten() throws {
        let documents = """
            apiVersion: muster.dev/v1
            kind: PermissionGrant
            metadata: {name: commanders}
            spec:
              role: Incident commander
              permissions: [Incidents Manag]
              members: [nobody@example.com]
              teams: [sre-typo]

            """
        let plan = try plan(documents)
        #expect(plan.diagnostics.map(\.code) == ["unknown-permission"])
        #expect(plan.diagnostics[0].notes == ["did you mean 'Incidents Manage'?"])
        #expect(plan.diagnostics[0].location?.line == 20)

        let grants = try self.plan(
            Self.responders.replacingOccurrences(of: "user3@", with: "nobody@")
                + "  teams: [sre-typo]\n")
        #expect(grants.diagnostics.map(\.code).sorted() == ["unknown-member", "unknown-team"])
    }

    @Test func givesTheSamePlanWhateverOrderTheLiveSideListsThingsIn() throws {
        let configuration = try PlannerFixture.configuration(
            Self.commanderRole + "---\n" + Self.responders)
        var observed = PlannerFixture.observed()
        let first = Planner().plan(
            desired: configuration, observed: observed, state: PlannerFixture.emptyState)
        observed.service.members.reverse()
        observed.service.teams.reverse()
        observed.service.roles.reverse()
        let second = Planner().plan(
            desired: configuration, observed: observed, state: PlannerFixture.emptyState)
        #expect(first == second)
    }

    @Test func keepsOnlyTheTargetAndWhatItDependsOn() throws {
        let target = try #require(
            ResourceAddress.parse(#"role_grant["Incident commander"]["user4@example.com"]"#))
        let plan = try plan(Self.commanderRole, options: PlanOptions(targets: [target]))
        #expect(
            plan.changes.map(\.address.description) == [
                #"role["Incident commander"]"#,
                #"role_grant["Incident commander"]["user4@example.com"]"#,
            ])
    }

    @Test func costsOneCallPerRoleChangeAndOnePerHundredGrants() throws {
        let many = """
            apiVersion: muster.dev/v1
            kind: PermissionGrant
            metadata: {name: everyone}
            spec:
              role: Responder
              members: [\((2...250).map { "user\($0)@example.com" }.joined(separator: ", "))]

            """
        let options = PlanOptions(
            rates: ["flashduty": CallRate(burst: 1, perSecond: 2)], readCalls: ["flashduty": 7])
        let plan = try plan(
            many, observed: PlannerFixture.observed(members: PlannerFixture.members(300)),
            options: options)
        #expect(plan.changes.count == 249)
        #expect(
            plan.cost.platforms == [
                PlanCost.Platform(platform: "flashduty", calls: 3, seconds: 1, readCalls: 7)
            ])
    }

    @Test func recordsWhatEachPlannedObjectLookedLikeLive() throws {
        let plan = try plan(Self.responders)
        #expect(
            plan.fingerprints == [
                #"role_grant.Responder["user2@example.com"]"#: "member=2 holds=false",
                #"role_grant.Responder["user3@example.com"]"#: "member=3 holds=false",
            ])
    }
}
