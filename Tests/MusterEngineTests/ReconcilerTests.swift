import Foundation
import MusterEngine
import MusterPlan
import MusterSandbox
import Testing

/// The controller's passes when some rooms cannot be made: a room the platform refuses holds
/// up no other incident's, and only a run of failures ends a pass early.
///
/// WeCom refuses an app chat of fewer than two people (86006), so an incident with no
/// responders, whose room would hold only the service's own member, is refused every time.
@Suite struct ReconcilerTests {
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
          room: {name: "inc-{{ incident.num }}"}

        """

    @Test func aRoomThePlatformRefusesHoldsUpNoOtherIncidentsRoom() async throws {
        try await run { harness, reconciler, log in
            let refused = try await harness.sandbox.openIncident("Nobody on it", responders: [])
            let first = try await harness.sandbox.openIncident("Payments down")
            let second = try await harness.sandbox.openIncident("Checkout down")

            let pass = await reconciler.pass(1)
            #expect(pass.error == nil)
            #expect(pass.applied == 2 && pass.failed == 1)
            #expect(harness.serviceRooms(refused).isEmpty)
            #expect(harness.serviceRooms(first).map(\.status) == ["active"])
            #expect(harness.serviceRooms(second).map(\.status) == ["active"])
            #expect(log().contains { $0.contains("war_room.\(refused): failed: ") })

            // The refused room is tried again on every pass; the others are left as they are.
            let again = await reconciler.pass(2)
            #expect(again.applied == 0 && again.failed == 1)
        }
    }

    @Test func failuresInARowEndThePassAndTheRestWaitsForTheNext() async throws {
        try await run { harness, reconciler, log in
            var refused: [String] = []
            for number in 1...Reconciler.failureLimit {
                refused.append(
                    try await harness.sandbox.openIncident("Nobody \(number)", responders: []))
            }
            let waiting = try await harness.sandbox.openIncident("Payments down")

            let pass = await reconciler.pass(1)
            #expect(pass.error == "5 changes failed in a row, the last war_room.\(refused[4])")
            #expect(pass.applied == 0 && pass.failed == refused.count + 1)
            #expect(harness.serviceRooms(waiting).isEmpty)
            #expect(
                log().contains {
                    $0 == "reconcile: war_room.\(waiting): not attempted (the pass stopped early)"
                })
        }
    }

    /// A WeCom sandbox where everyone is linked, no incident of its own, and a controller.
    private func run(
        _ body: (WarRoomHarness, Reconciler, @Sendable () -> [String]) async throws -> Void
    ) async throws {
        try await WarRoomHarness.run(
            on: .wecom, documents: Self.documents,
            seed: { seed in
                seed.flashduty?.incidents = []
                WarRoomLifecycleTests.verifyAllButOne(&seed)
            }
        ) { harness in
            try await harness.apply { $0.address.type == "member_link" }
            let soak = ReconcileSoak(harness)
            let reconciler = Reconciler(
                run: harness.run, workspace: harness.workspace, options: PlanOptions(),
                interval: 1, log: soak.logger, sleep: { _ in })
            try await body(harness, reconciler, { soak.log })
        }
    }
}
