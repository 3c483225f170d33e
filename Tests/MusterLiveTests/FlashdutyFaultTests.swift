import Foundation
import MusterHTTP
import MusterLive
import Testing

/// The Flashduty adapter under injected faults, and its typed refusals.
@Suite struct FlashdutyFaultTests {
    @Test func waitsOutA429BurstAndReadsTheMembersOnce() async throws {
        try await FlashdutyHarness.run { harness in
            try await harness.inject([
                "service": "flashduty", "method": "member/list", "kind": "rateLimited",
                "count": 2, "retryAfter": 3,
            ])
            let members = try await harness.adapter.members()
            #expect(members.count == 50 + FlashdutyHarness.extraMembers)
            #expect(harness.count("member/list") == 3 + 2)
            #expect(harness.clock.sleeps.withLock { $0 }.filter { $0 >= 3 }.count == 2)
        }
    }

    @Test func retriesAReadThroughServerErrorsAndReadsItOnce() async throws {
        try await FlashdutyHarness.run { harness in
            try await harness.inject([
                "service": "flashduty", "method": "team/list", "kind": "serverError",
                "status": 503, "count": 2,
            ])
            let teams = try await harness.adapter.teams()
            #expect(teams.count == 3)
            #expect(harness.count("team/list") == 3)
        }
    }

    @Test func aServerErrorOnWarRoomCreateIsNeverResentAndLeavesNoDuplicate() async throws {
        try await FlashdutyHarness.run { harness in
            let adapter = harness.adapter
            let incident = try await FlashdutyAdapterTests.checkoutIncident(
                adapter, now: harness.now)
            try await harness.inject([
                "service": "flashduty", "method": "incident/war-room/create",
                "kind": "serverError", "count": 1,
            ])
            await #expect(throws: TransportError.self) {
                try await adapter.createWarRoom(incident: incident, integration: 5001)
            }
            #expect(harness.count("incident/war-room/create") == 1)
            #expect(harness.count("incident/war-room/list") == 1)
            #expect(harness.world.warRooms.isEmpty)

            let room = try await adapter.createWarRoom(incident: incident, integration: 5001)
            let rooms = harness.world.warRooms.filter { $0.incidentId == incident }
            #expect(rooms.map(\.chatId) == [room.chatId])
        }
    }

    @Test func aWarRoomCreateWhoseAnswerIsLostReturnsTheRoomItMade() async throws {
        var options = HTTPClientOptions()
        options.totalTimeout = 0.5
        try await FlashdutyHarness.run(client: options) { harness in
            let adapter = harness.adapter
            let incident = try await FlashdutyAdapterTests.checkoutIncident(
                adapter, now: harness.now)
            try await harness.inject([
                "service": "flashduty", "method": "incident/war-room/create", "kind": "latency",
                "milliseconds": 1500, "count": 1,
            ])
            let room = try await adapter.createWarRoom(incident: incident, integration: 5001)
            #expect(harness.count("incident/war-room/create") == 1)
            #expect(harness.count("incident/war-room/list") == 1)
            let rooms = harness.world.warRooms.filter { $0.incidentId == incident }
            #expect(rooms.map(\.chatId) == [room.chatId])
        }
    }

    @Test func mapsFlashdutyCodesToTypedErrorsWithTheRequestID() async throws {
        try await FlashdutyHarness.run { harness in
            let missing = await Self.refusal {
                _ = try await harness.adapter.incident(id: String(repeating: "0", count: 24))
            }
            #expect(missing?.kind == .notFound)
            #expect(missing?.code == "ResourceNotFound")
            #expect(missing?.message.contains("request ") == true)

            let revoked = await Self.refusal {
                _ = try await harness.adapter(key: "fd-sandbox-revoked").teams()
            }
            #expect(revoked?.kind == .tokenInvalid)
            #expect(revoked?.code == "Unauthorized")

            let viewer = await Self.refusal {
                _ = try await harness.adapter(key: "fd-sandbox-viewer").upsertRole(
                    name: "x", permissionIDs: [])
            }
            #expect(viewer?.kind == .forbidden)
            #expect(viewer?.code == "AccessDenied")

            let off = await Self.refusal {
                let incident = try await FlashdutyAdapterTests.checkoutIncident(
                    harness.adapter, now: harness.now)
                _ = try await harness.adapter.createWarRoom(incident: incident, integration: 5002)
            }
            #expect(off?.kind == .invalidRequest)
            #expect(off?.code == "InvalidParameter")
        }
    }

    @Test func neverLogsTheAppKey() async throws {
        try await FlashdutyHarness.run { harness in
            _ = try await harness.adapter.teams()
            let lines = harness.lines.all
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { !$0.contains("fd-sandbox-demo") })
        }
    }

    private static func refusal(_ body: () async throws -> Void) async -> PlatformError? {
        do {
            try await body()
            return nil
        } catch {
            return error as? PlatformError
        }
    }
}
