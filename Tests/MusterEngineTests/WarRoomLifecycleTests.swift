import Foundation
import MusterEngine
import MusterLive
import MusterModel
import MusterPlan
import MusterSandbox
import Testing

/// An incident's whole life on each IM platform, through the engine on the sandbox's virtual
/// clock: opened, its room created; responders added and invited; snoozed; closed; the room
/// dissolved after the delay. Every step is checked on the emulated chat itself and in the
/// service's feed, and planning again after every step finds nothing to do.
@Suite struct WarRoomLifecycleTests {
    /// The member whose email and phone the service has not verified: one-click link cannot
    /// link them, so the service cannot invite them, but Muster finds their account.
    static let unlinked = 1009
    /// The member the demo app key acts as; the service puts them in every room it opens.
    static let caller = 1001

    static let documents = """
        apiVersion: muster.dev/v1
        kind: UserBinding
        metadata: {name: everyone}
        spec: {integration: im, members: all}
        ---
        apiVersion: muster.dev/v1
        kind: WarRoomPolicy
        metadata: {name: payments}
        spec:
          integration: im
          when: {severity: [Critical], labels: {service: payments}}
          room:
            name: "inc-{{ incident.num | lower }}-{{ incident.title | slug | truncate(18) }}"
            topic: "{{ incident.severity }}: {{ incident.title }}"
            announcement: "Incident #{{ incident.num }} is open: {{ incident.title }}"
          lifecycle: {dissolve: {after: 1h}}

        """

    /// Every member's email and phone verified, so one-click link links everyone it can find,
    /// except `unlinked`'s.
    static func verifyAllButOne(_ seed: inout SandboxSeed) {
        let members = (seed.flashduty?.members ?? []).map { member in
            var member = member
            member.emailVerified = member.id != unlinked
            member.phoneVerified = member.id != unlinked
            return member
        }
        seed.flashduty?.members = members
    }

    @Test(arguments: RoomPlatform.all)
    func followsAnIncidentFromOpenToDissolvedWithNothingLeftToPlanAfterAnyStep(
        _ target: RoomPlatform
    ) async throws {
        try await WarRoomHarness.run(
            on: target, documents: Self.documents, seed: Self.verifyAllButOne
        ) { harness in
            try await linkEveryone(harness)
            let (incident, chatID) = try await openRoom(harness)
            try await addResponders(harness, incident: incident, chatID: chatID)
            try await snooze(harness, incident: incident, chatID: chatID)
            try await closeAndDissolve(harness, incident: incident, chatID: chatID)
        }
    }

    /// The binding links every member one-click link can match, and nobody has a room yet.
    private func linkEveryone(_ harness: WarRoomHarness) async throws {
        let (plan, report) = try await harness.apply()
        #expect(!plan.changes.isEmpty)
        #expect(plan.changes.allSatisfy { $0.address.type == "member_link" })
        #expect(report.isComplete)
        let linked = harness.linkedMembers()
        #expect(linked.isSuperset(of: [Self.caller, 1003, 1004, 1006]))
        #expect(!linked.contains(Self.unlinked))
        try await harness.expectConverged("linking")
    }

    /// Opens a matching incident beside the seed's non-matching ones, and applies: one room,
    /// named, topped, peopled and announced as the policy says, noted in the timeline.
    private func openRoom(
        _ harness: WarRoomHarness
    ) async throws -> (incident: String, chatID: String) {
        let incident = try await harness.sandbox.openIncident(
            "Payments down", responders: [1003, 1006], labels: ["service": "payments"])
        let num = harness.num(incident)
        let name = "inc-\(num.lowercased())-payments-down"

        let (plan, report) = try await harness.apply()
        #expect(plan.changes.map(\.address.description) == ["war_room.\(incident)"])
        #expect(plan.changes.first?.action == .create)
        #expect(report.isComplete)

        let rooms = harness.serviceRooms(incident)
        #expect(rooms.map(\.status) == ["active"])
        let chatID = try #require(rooms.first?.chat)
        let chat = try #require(harness.chat(chatID))
        #expect(chat.name == name)
        let topic = "Critical: Payments down · managed by Muster"
        #expect(chat.topic == (harness.target.hasTopic ? topic : nil))
        #expect(chat.members == accounts(harness, [Self.caller, 1003, 1006]))
        #expect(chat.messages.count == 1)
        #expect(chat.messages.first?.contains("Incident #\(num) is open: Payments down") == true)
        #expect(!chat.isClosed)

        let feed = harness.feed(incident)
        let platform = harness.target.platform.displayName
        #expect(feed.filter { $0.type == "i_wr_create" }.count == 1)
        #expect(
            feed.last?.type == "i_comm"
                && feed.last?.comment
                    == "Muster opened war room '\(name)' on \(platform) (policy 'payments')."
        )
        try await harness.expectConverged("the room was opened")
        return (incident, chatID)
    }

    /// Two responders join: the service invites the linked one itself, Muster the other.
    private func addResponders(
        _ harness: WarRoomHarness, incident: String, chatID: String
    ) async throws {
        try await harness.sandbox.admin(
            "flashduty/incident/responders",
            ["incident_id": incident, "responder_ids": [1003, 1006, 1004, Self.unlinked]])
        let late = try #require(harness.account(of: Self.unlinked))
        #expect(harness.chat(chatID)?.members.contains(late) == false)

        let everyone = accounts(harness, [Self.caller, 1003, 1004, 1006, Self.unlinked])
        let (plan, report) = try await harness.apply()
        #expect(plan.changes.map(\.address.description) == [#"war_room.\#(incident)["invite"]"#])
        let responders = accounts(harness, [1003, 1004, 1006, Self.unlinked])
        #expect(plan.changes.first?.after?["members"] == .strings(responders.sorted()))
        #expect(report.isComplete)
        #expect(harness.chat(chatID)?.members == everyone)
        let feed = harness.feed(incident)
        #expect(feed.last?.comment == "Muster invited 1 member(s) to the war room.")
        try await harness.expectConverged("the responders changed")
    }

    /// A snooze changes nothing a policy without `snoozed: exclude` looks at.
    private func snooze(_ harness: WarRoomHarness, incident: String, chatID: String) async throws {
        let chat = harness.chat(chatID)
        let feed = harness.feed(incident).map(\.type)
        try await harness.run.connections.service.snooze([incident], minutes: 30)
        try await harness.expectConverged("the snooze")
        #expect(harness.chat(chatID) == chat)
        #expect(harness.feed(incident).map(\.type) == feed + ["i_snooze"])
    }

    /// Closing leaves the room for the hour the policy gives it, then it is dissolved.
    private func closeAndDissolve(
        _ harness: WarRoomHarness, incident: String, chatID: String
    ) async throws {
        let chat = harness.chat(chatID)
        try await harness.sandbox.admin("flashduty/incident/close", ["incident_id": incident])
        try await harness.expectConverged("the close")
        try await harness.advance(59 * 60)
        try await harness.expectConverged("59 minutes after the close")
        #expect(harness.chat(chatID) == chat)
        #expect(harness.serviceRooms(incident).map(\.status) == ["active"])
        #expect(harness.feed(incident).last?.type == "i_rslv")

        try await harness.advance(61)
        let due = try await harness.plan()
        #expect(due.changes.map { "\($0.action) \($0.address)" } == ["delete war_room.\(incident)"])
        let (_, report) = try await harness.apply()
        #expect(report.isComplete)
        #expect(harness.chat(chatID).map(\.isClosed) ?? true)
        #expect(harness.serviceRooms(incident).map(\.status) == ["deleted"])
        let feed = harness.feed(incident)
        #expect(feed.last?.type == "i_wr_delete")
        #expect(
            feed.dropLast().last?.comment
                == "Muster is dissolving the war room: the incident is closed.")
        try await harness.expectConverged("the dissolve")
    }

    private func accounts(_ harness: WarRoomHarness, _ members: [Int]) -> Set<String> {
        Set(members.compactMap(harness.account(of:)))
    }
}
