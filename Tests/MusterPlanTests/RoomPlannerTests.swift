import MusterModel
import MusterPlan
import Testing

/// The war-room stage of the planner, against hand-built incidents and rooms.
@Suite struct RoomPlannerTests {
    static let policy = """
        apiVersion: muster.dev/v1
        kind: WarRoomPolicy
        metadata: {name: critical}
        spec:
          integration: slack-prod
          when: {severity: [Critical], channels: [payments]}
          room:
            name: "inc-{{ incident.num }}-{{ incident.title | slug | truncate(30) }}"
            announcement: "Room for #{{ incident.num }}"
          members: {responders: true, extra: [user9@example.com]}
          lifecycle: {dissolve: {after: 1h}, onDissolved: recreate}
        ---
        apiVersion: muster.dev/v1
        kind: UserBinding
        metadata: {name: everyone}
        spec: {integration: slack-prod, members: all, match: [email]}

        """

    static func incident(
        _ num: String, title: String = "Checkout down", severity: String = "Critical",
        channel: String = "payments", progress: String = "Triggered", closedAt: Int? = nil,
        responders: [Int] = [2, 3]
    ) -> ObservedIncident {
        ObservedIncident(
            id: String(repeating: num, count: 24).prefix(24).description, num: num, title: title,
            severity: severity, channelID: 20, channelName: channel, progress: progress,
            startedAt: 1000 + Int(num)!, closedAt: closedAt, responderIDs: responders)
    }

    /// Members 1-10 resolve to Slack accounts U1-U10, except member 3, who has none.
    static func observed(
        incidents: [ObservedIncident], rooms: [ObservedWarRoom] = []
    ) -> ObservedState {
        var observed = PlannerFixture.observed(members: PlannerFixture.members(10))
        var directory = ObservedDirectory()
        for number in 1...10 where number != 3 {
            directory.matches[IdentityKey(.email, "user\(number)@example.com")] = [
                ObservedAccount(id: "U\(number)")
            ]
        }
        directory.matches[IdentityKey(.email, "user3@example.com")] = []
        observed.directories["slack-prod"] = directory
        observed.incidents = incidents
        observed.warRooms = rooms
        return observed
    }

    private func plan(
        _ observed: ObservedState, state: OwnershipState = PlannerFixture.emptyState,
        documents: String = policy, now: Double = 10_000, options: PlanOptions = PlanOptions()
    ) throws -> Plan {
        var options = options
        options.now = now
        return Planner(options: options).plan(
            desired: try PlannerFixture.configuration(documents), observed: observed,
            state: state)
    }

    private func roomChanges(_ plan: Plan) -> [Change] {
        plan.changes.filter { $0.address.type == "war_room" }
    }

    @Test func createsOneRoomPerMatchingIncidentWithItsNameMembersAndAnnouncement() throws {
        let incidents = [
            Self.incident("12"), Self.incident("13", severity: "Warning"),
            Self.incident("14", channel: "search"),
        ]
        let plan = try plan(Self.observed(incidents: incidents))
        let rooms = roomChanges(plan)
        #expect(rooms.count == 1)
        guard case .createWarRoom(let spec) = rooms.first?.operation else {
            Issue.record("no create")
            return
        }
        #expect(spec.name == "inc-12-checkout-down")
        #expect(spec.memberIDs == [2, 3, 9])
        #expect(spec.accounts == ["U2", "U9"])
        #expect(spec.topic == "Incident #12: Checkout down · managed by Muster")
        #expect(spec.announcement == "Room for #12")
        #expect(
            spec.comment
                == "Muster opened war room 'inc-12-checkout-down' on Slack (policy 'critical').")
        #expect(
            plan.diagnostics.contains {
                $0.code == "war-room-member-unresolved"
                    && $0.message.hasPrefix(
                        "user3@example.com belongs in the war room of incident #12")
            })
    }

    @Test func twoIncidentsWhoseNamesCollideGetDistinctRooms() throws {
        let plan = try plan(Self.observed(incidents: [Self.incident("12"), Self.incident("21")]))
        let documents = Self.policy.replacingOccurrences(
            of: "inc-{{ incident.num }}-{{ incident.title | slug | truncate(30) }}",
            with: "{{ incident.title | slug | truncate(30) }}")
        let colliding = try self.plan(
            Self.observed(incidents: [Self.incident("12"), Self.incident("21")]),
            documents: documents)
        #expect(roomChanges(plan).count == 2)
        let names = roomChanges(colliding).compactMap { change -> String? in
            if case .createWarRoom(let spec) = change.operation { return spec.name }
            return nil
        }
        #expect(names == ["checkout-down", "checkout-down-21"])
    }

    @Test func theHighestPriorityPolicyWinsAndThePlanSaysSo() throws {
        let second = """
            ---
            apiVersion: muster.dev/v1
            kind: WarRoomPolicy
            metadata: {name: payments-first}
            spec:
              integration: slack-prod
              priority: 10
              when: {channels: [payments]}
              room: {name: "pay-{{ incident.num }}"}

            """
        let plan = try plan(
            Self.observed(incidents: [Self.incident("12")]), documents: Self.policy + second)
        let create = try #require(roomChanges(plan).first)
        #expect(
            create.reason.contains("policy 'payments-first' (priority 10) wins over 'critical' (0)")
        )
    }

    private func managedState(
        _ incident: ObservedIncident, name: String = "inc-12-checkout-down"
    ) -> OwnershipState {
        var state = PlannerFixture.emptyState
        state.rooms[incident.id] = .init(
            incidentNum: incident.num, integration: "slack-prod", chatID: "C12", name: name,
            policy: "critical", origin: .created)
        return state
    }

    @Test func invitesNewRespondersAndRestoresANameChangedByHand() throws {
        let incident = Self.incident("12", responders: [2, 3, 4])
        let room = ObservedWarRoom(
            incidentID: incident.id, integrationID: 5001, chatID: "C12", name: "renamed",
            topic: "Incident #12: Checkout down · managed by Muster",
            memberAccounts: ["U2", "U9", "UBOT"])
        let plan = try plan(
            Self.observed(incidents: [incident], rooms: [room]), state: managedState(incident))
        let operations = roomChanges(plan).compactMap(\.operation)
        #expect(
            operations == [
                .inviteToWarRoom(
                    incidentID: incident.id, integration: "slack-prod", chatID: "C12",
                    accounts: ["U4"], platform: "slack"),
                .renameWarRoom(
                    incidentID: incident.id, integration: "slack-prod", chatID: "C12",
                    name: "inc-12-checkout-down", platform: "slack"),
            ])
    }

    @Test func neverRemovesAnyoneUnlessThePolicySays() throws {
        let incident = Self.incident("12", responders: [2])
        let room = ObservedWarRoom(
            incidentID: incident.id, integrationID: 5001, chatID: "C12",
            name: "inc-12-checkout-down",
            topic: "Incident #12: Checkout down · managed by Muster",
            memberAccounts: ["U2", "U5", "U9"])
        let plan = try plan(
            Self.observed(incidents: [incident], rooms: [room]), state: managedState(incident))
        #expect(roomChanges(plan).isEmpty)

        let removing = Self.policy.replacingOccurrences(
            of: "onDissolved: recreate}",
            with: "onDissolved: recreate, removeDepartedMembers: true}")
        let strict = try self.plan(
            Self.observed(incidents: [incident], rooms: [room]), state: managedState(incident),
            documents: removing)
        #expect(
            roomChanges(strict).compactMap(\.operation) == [
                .removeFromWarRoom(
                    incidentID: incident.id, integration: "slack-prod", chatID: "C12",
                    accounts: ["U5"], platform: "slack")
            ])
    }

    @Test func dissolvesOnlyOnceTheIncidentHasBeenClosedForTheDelay() throws {
        let incident = Self.incident("12", progress: "Closed", closedAt: 9_000)
        let room = ObservedWarRoom(incidentID: incident.id, integrationID: 5001, chatID: "C12")
        let observed = Self.observed(incidents: [incident], rooms: [room])
        #expect(
            roomChanges(try plan(observed, state: managedState(incident), now: 9_000 + 3_599))
                .isEmpty)
        let due = roomChanges(try plan(observed, state: managedState(incident), now: 9_000 + 3_600))
        #expect(due.map(\.action) == [.delete])
        #expect(
            due.first?.operation
                == .dissolveWarRoom(
                    incidentID: incident.id, integrationID: 5001, chatID: "C12",
                    integration: "slack-prod"))
    }

    @Test func aRoomDissolvedOnTheIMSideIsRecreatedOrReportedAsThePolicySays() throws {
        let incident = Self.incident("12")
        let room = ObservedWarRoom(
            incidentID: incident.id, integrationID: 5001, chatID: "C12", existsOnPlatform: false)
        let observed = Self.observed(incidents: [incident], rooms: [room])
        let recreate = roomChanges(try plan(observed, state: managedState(incident)))
        #expect(recreate.map(\.action) == [.replace])

        let reporting = Self.policy.replacingOccurrences(
            of: "onDissolved: recreate", with: "onDissolved: report")
        let report = try plan(observed, state: managedState(incident), documents: reporting)
        #expect(roomChanges(report).isEmpty)
        #expect(report.diagnostics.contains { $0.code == "war-room-dissolved" })
    }

    @Test func aRoomMusterDidNotCreateIsLeftAloneUnlessAdopted() throws {
        let incident = Self.incident("12")
        let room = ObservedWarRoom(
            incidentID: incident.id, integrationID: 5001, chatID: "C99", name: "someones-room")
        let observed = Self.observed(incidents: [incident], rooms: [room])
        let plan = try plan(observed)
        #expect(roomChanges(plan).isEmpty)
        #expect(plan.diagnostics.contains { $0.code == "war-room-unmanaged" })
        let adopted = try self.plan(observed, options: PlanOptions(adopt: true))
        #expect(roomChanges(adopted).map(\.action) == [.adopt])
    }

    @Test func aManualPolicyOffersTheRoomAndCreatesItWhenTargeted() throws {
        let manual = Self.policy.replacingOccurrences(
            of: "lifecycle: {", with: "lifecycle: {create: manual, ")
        let incident = Self.incident("12")
        let offered = try plan(Self.observed(incidents: [incident]), documents: manual)
        #expect(roomChanges(offered).map(\.action) == [.manual])
        #expect(
            roomChanges(offered).first?.instructions
                == "Create it with: muster apply --target 'war_room.\(incident.id)'")
        let target = ResourceAddress("war_room", incident.id)
        let targeted = try plan(
            Self.observed(incidents: [incident]), documents: manual,
            options: PlanOptions(targets: [target]))
        #expect(roomChanges(targeted).map(\.action) == [.create])
    }

    @Test func aRevocationTouchingAResponderOfAnOpenIncidentIsFlaggedAndHeldBackOnRequest() throws {
        let incident = Self.incident("12", responders: [2])
        let room = ObservedWarRoom(
            incidentID: incident.id, integrationID: 5001, chatID: "C12",
            name: "inc-12-checkout-down",
            topic: "Incident #12: Checkout down · managed by Muster", memberAccounts: ["U2", "U9"])
        var observed = Self.observed(incidents: [incident], rooms: [room])
        observed.service.members[1].roleIDs = [2]
        var state = managedState(incident)
        state.recordGrant(
            role: "Responder", .init(memberID: 2, email: "user2@example.com", origin: .created))
        let flagged = try plan(observed, state: state)
        #expect(flagged.changes.contains { $0.action == .delete })
        #expect(
            flagged.diagnostics.contains { $0.code == "incident-freeze" && $0.severity == .warning }
        )
        let held = try plan(observed, state: state, options: PlanOptions(respectIncidents: true))
        #expect(!held.changes.contains { $0.action == .delete })
        #expect(
            held.diagnostics.contains {
                $0.code == "incident-freeze" && $0.message.contains("held back")
            })
    }
}
