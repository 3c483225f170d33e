import Foundation
import MusterEngine
import MusterPlan
import MusterSandbox
import Testing

/// The controller over a thousand incidents on Slack, opening and closing between passes,
/// with faults injected into the service and Slack throughout: afterwards every room is
/// exactly as the policy says.
@Suite struct ReconcileSoakTests {
    static let incidentCount = 1_000
    static let passes = 10
    static let dissolveMinutes = 30

    static let documents = """
        apiVersion: muster.dev/v1
        kind: UserBinding
        metadata: {name: everyone}
        spec: {integration: im, members: all}
        ---
        apiVersion: muster.dev/v1
        kind: WarRoomPolicy
        metadata: {name: critical}
        spec:
          integration: im
          when: {severity: [Critical]}
          room:
            name: "inc-{{ incident.num | lower }}-{{ incident.title | slug | truncate(40) }}"
            announcement: "Incident #{{ incident.num }} is open: {{ incident.title }}"
          lifecycle: {dissolve: {after: \(dissolveMinutes)m}}

        """

    /// Two of seven responders, among them 1007, whose unverified email keeps them unlinked.
    static func responders(_ number: Int) -> [Int] {
        [1003 + number % 7, 1003 + (number + 1 + number % 3) % 7]
    }

    /// The demo organisation with a thousand incidents instead of its three: three in five
    /// Critical, one in ten closed days ago, the rest open, started over the last 17 hours.
    static func seed(_ seed: inout SandboxSeed) {
        seed.flashduty?.incidents = (0..<incidentCount).map { index in
            let isClosed = index % 10 == 9
            return FlashdutySeed.Incident(
                title: "Payments outage \(index)",
                severity: ["Critical", "Critical", "Critical", "Warning", "Info"][index % 5],
                channelId: 4001, responderIds: responders(index),
                ageSeconds: isClosed ? 3 * 86_400 : (incidentCount - index) * 60,
                progress: isClosed ? "Closed" : index % 2 == 0 ? "Processing" : nil,
                labels: ["service": "payments"])
        }
    }

    @Test func aThousandIncidentsUnderFaultsEndWithExactlyThePolicysRoomsAndNoOthers()
        async throws
    {
        try await WarRoomHarness.run(on: .slack, documents: Self.documents, seed: Self.seed) {
            harness in
            let seeded = Set(harness.sandbox.server.store.read { $0.slack.channels.map(\.id) })
            // Links first, as `muster apply` makes them; the controller leaves bindings alone.
            let (_, links) = try await harness.apply { $0.address.type == "member_link" }
            #expect(links.isComplete)

            let soak = ReconcileSoak(harness)
            let reconciler = Reconciler(
                run: harness.run, workspace: harness.workspace, options: PlanOptions(),
                interval: 0.5, log: soak.logger, sleep: soak.sleeper)
            let started = Date()
            try await soak.arm(0)
            let last = await reconciler.loop(passes: Self.passes)
            let soaked = Date().timeIntervalSince(started)

            // Under faults the passes still made progress: only the rooms whose create met
            // the last round's faults are missing.
            let missing = Self.missingRooms(harness)

            // Faults off, every closed incident's room due: one pass puts everything right.
            let unhit = soak.faultsLeft
            try await soak.disarm()
            try await harness.advance((Self.dissolveMinutes + 1) * 60)
            let final = await reconciler.pass(Self.passes + 1)
            print(Self.summary(soak, soaked: soaked, unhit: unhit, final: final, harness))

            #expect(soak.errors == [])
            #expect(last?.number == Self.passes)
            let heartbeats = soak.log.filter { $0.hasPrefix("reconcile: pass ") }
            #expect(heartbeats.count == Self.passes)
            #expect(heartbeats.filter { $0.contains(" failed after ") } == [])
            #expect(missing <= ReconcileSoak.createFaultsPerRound)
            #expect(final.error == nil && final.failed == 0)
            try expectExactlyThePolicysRooms(harness, seededChannels: seeded)
            let again = try await harness.plan()
            #expect(again.changes.filter { $0.address.type == "war_room" }.isEmpty)
        }
    }

    /// One active room per open Critical incident, in the service, on Slack and in Muster's
    /// state, named as the template says; no other live war-room channel.
    private func expectExactlyThePolicysRooms(
        _ harness: WarRoomHarness, seededChannels: Set<String>
    ) throws {
        let world = harness.sandbox.server.store.snapshot
        let wanted = Dictionary(
            uniqueKeysWithValues: world.flashduty.incidents.filter {
                $0.progress != "Closed" && $0.severity == "Critical"
            }.map { ($0.id, $0) })
        let rooms = world.flashduty.warRooms.filter { $0.integrationId == 5001 }
        let active = rooms.filter { $0.status == "active" }
        #expect(wanted.count > 200)
        #expect(Set(active.map(\.incidentId)) == Set(wanted.keys), "none missing, none left over")
        #expect(active.count == wanted.count, "no incident with two active rooms")
        #expect(Set(rooms.map(\.incidentId)).count == rooms.count, "no incident ever got two")

        let channels = Dictionary(uniqueKeysWithValues: world.slack.channels.map { ($0.id, $0) })
        var misnamed: [String] = []
        for room in active {
            let incident = wanted[room.incidentId]
            let slug = (incident?.title ?? "").lowercased().replacingOccurrences(of: " ", with: "-")
            let name = "inc-\((incident?.num ?? "").lowercased())-\(slug)"
            if channels[room.chatId]?.name != name || channels[room.chatId]?.isArchived != false {
                misnamed.append("\(room.chatId): \(channels[room.chatId]?.name ?? "gone")")
            }
        }
        #expect(misnamed == [], "every room live on Slack with the template's name")
        let live = world.slack.channels.filter { !$0.isArchived && !seededChannels.contains($0.id) }
        #expect(Set(live.map(\.id)) == Set(active.map(\.chatId)), "no stray live channel")
        #expect(live.count == active.count)
        let made = world.slack.channels.filter { !seededChannels.contains($0.id) }
        #expect(made.count == rooms.count, "no channel left behind by a create in doubt")

        let state = try harness.workspace.loadState()
        #expect(Set(state.rooms.keys) == Set(wanted.keys))
        let chats = Dictionary(uniqueKeysWithValues: active.map { ($0.incidentId, $0.chatId) })
        #expect(state.rooms.filter { chats[$0.key] != $0.value.chatID }.isEmpty)
    }

    /// Open Critical incidents with no active room in the service.
    static func missingRooms(_ harness: WarRoomHarness) -> Int {
        harness.sandbox.server.store.read { world in
            let active = Set(
                world.flashduty.warRooms.filter { $0.status == "active" }.map(\.incidentId))
            return world.flashduty.incidents.filter {
                $0.progress != "Closed" && $0.severity == "Critical" && !active.contains($0.id)
            }.count
        }
    }

    /// What the soak did, for the test log: times, faults, requests and every heartbeat.
    private static func summary(
        _ soak: ReconcileSoak, soaked: Double, unhit: Int, final: ReconcilePass,
        _ harness: WarRoomHarness
    ) -> String {
        let requests = harness.run.connections.requestCounts.sorted { $0.key < $1.key }
            .map { "\($0.value) to \($0.key)" }.joined(separator: ", ")
        let armed = soak.faultsArmed
        let lines = [
            String(format: "soak: %d passes in %.1f s, ", passes, soaked)
                + String(format: "then a pass without faults in %.1f s ", final.seconds)
                + "applying \(final.applied) change(s)",
            "faults hit \(armed - unhit) of the \(armed) requests armed; requests: \(requests); "
                + String(format: "limiter waits simulated: %.0f s", harness.pacing.totalSlept),
        ]
        return (lines + soak.log.filter { $0.hasPrefix("reconcile: pass ") })
            .joined(separator: "\n")
    }
}
