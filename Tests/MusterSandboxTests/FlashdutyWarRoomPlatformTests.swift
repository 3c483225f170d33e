import Foundation
import MusterSandbox
import Testing

/// An IM integration of the Flashduty demo other than Slack, and the IM accounts that members
/// 1001 (the caller), 1003 and 1006 (responders) and 1009 (added later) link to there.
struct WarRoomPlatformCase: Sendable, CustomTestStringConvertible {
    var service: String
    var integrationId: Int
    /// The chat's members right after creation, in joining order.
    var created: [String]
    /// The IM account of member 1009.
    var invited: String
    /// The longest chat name the platform accepts.
    var maxNameLength: Int

    var testDescription: String { service }

    static let all = [
        feishu("feishu", 5002), feishu("lark", 5003),
        WarRoomPlatformCase(
            service: "dingtalk", integrationId: 5004, created: ["dt00000003", "dt00000006"],
            invited: "dt00000009", maxNameLength: 30),
        WarRoomPlatformCase(
            service: "wecom", integrationId: 5005,
            created: ["wc00000001", "wc00000003", "wc00000006"], invited: "wc00000009",
            maxNameLength: 50),
    ]

    private static func feishu(_ service: String, _ id: Int) -> WarRoomPlatformCase {
        WarRoomPlatformCase(
            service: service, integrationId: id, created: [1, 3, 6].map(FeishuSeed.demoOpenId),
            invited: FeishuSeed.demoOpenId(9), maxNameLength: 60)
    }

    /// The test seed with war room on for this integration only.
    var seed: SandboxSeed {
        var seed = flashdutyTestSeed
        let integrations = seed.flashduty?.integrations ?? []
        seed.flashduty?.integrations = integrations.map {
            var integration = $0
            integration.isWarRoomEnabled = integration.id == integrationId
            return integration
        }
        return seed
    }
}

@Suite struct FlashdutyWarRoomPlatformTests {
    static let longTitle = "Checkout latency above SLO in every region since the last deploy"

    @Test(arguments: WarRoomPlatformCase.all)
    func createsTheWarRoomAsAChatOnTheIntegrationsPlatformAndClosesItThere(
        _ platform: WarRoomPlatformCase
    ) async throws {
        try await withFlashduty(seed: platform.seed) { server, flashduty, _ in
            let enabled = try await flashduty.call("/datasource/im/war-room-enabled/list")
            #expect(
                enabled.items.compactMap { $0["integration_id"] as? Int } == [
                    platform.integrationId
                ])
            let id = platform.integrationId
            let linked = try await flashduty.call(
                "/datasource/im/person/try-link", ["integration_id": id])
            let people = linked.data["new_linked_person_ids"] as? [Int] ?? []
            #expect(Set([1003, 1006, 1009]).isSubset(of: people))

            let incident = try await openIncident(flashduty)
            let room = try await flashduty.call(
                "/incident/war-room/create", ["incident_id": incident, "integration_id": id])
            #expect(room.code == nil)
            let chat = room.data["chat_id"] as? String ?? ""
            #expect(room.data["share_link"] as? String != nil)

            // The platform's own emulator now serves the chat to its own client.
            let probe = try await IMChatProbe.signedIn(platform.service, server: server)
            let held = try await probe.chat(chat)
            #expect(held?.members == platform.created)
            #expect(held?.name == room.data["chat_name"] as? String)
            #expect(
                held.map { $0.name.hasPrefix("inc-") && $0.name.count <= platform.maxNameLength }
                    == true)
            #expect(try await probe.post(to: chat))

            let added = try await flashduty.call(
                "/incident/war-room/add-member",
                ["integration_id": id, "chat_id": chat, "member_ids": [1009]])
            #expect(added.code == nil)
            #expect(try await probe.chat(chat)?.members == platform.created + [platform.invited])

            let deleted = try await flashduty.call(
                "/incident/war-room/delete", ["incident_id": incident, "integration_id": id])
            #expect(deleted.code == nil)
            try await expectClosed(chat, on: platform, probe: probe, server: server)
            try await expectFeed(incident, chat: chat, platform: platform, flashduty)
        }
    }

    @Test func refusesAWeComWarRoomWithFewerThanTwoLinkedMembers() async throws {
        let wecom = try #require(WarRoomPlatformCase.all.last)
        try await withFlashduty(seed: wecom.seed) { server, flashduty, _ in
            let incident = try await openIncident(flashduty)
            let room = try await flashduty.call(
                "/incident/war-room/create", ["incident_id": incident, "integration_id": 5005])
            #expect(room.code == "BadRequest")
            #expect(server.store.snapshot.wecom.chats.isEmpty)
        }
    }

    /// Opens an incident with members 1003 and 1006 responding, and returns its id.
    private func openIncident(_ flashduty: FlashdutyClient) async throws -> String {
        let created = try await flashduty.call(
            "/incident/create",
            [
                "incident_severity": "Critical", "title": Self.longTitle,
                "assigned_to": ["person_ids": [1003, 1006]],
            ])
        return created.data["incident_id"] as? String ?? ""
    }

    /// Dissolved chats are gone from the platform's API; WeCom cannot dissolve one, so its
    /// chat stays readable and only the sandbox marks it closed.
    private func expectClosed(
        _ chat: String, on platform: WarRoomPlatformCase, probe: IMChatProbe,
        server: SandboxServer
    ) async throws {
        let held = try await probe.chat(chat)
        guard platform.service == "wecom" else {
            #expect(held == nil)
            return
        }
        #expect(held?.members == platform.created + [platform.invited])
        let stored = server.store.snapshot.wecom.chats.first { $0.chatId == chat }
        #expect(stored?.isClosed == true)
    }

    private func expectFeed(
        _ incident: String, chat: String, platform: WarRoomPlatformCase,
        _ flashduty: FlashdutyClient
    ) async throws {
        let feed = try await flashduty.call(
            "/incident/feed",
            ["incident_id": incident, "types": ["i_wr_create", "i_wr_delete"], "asc": true])
        #expect(feed.items.compactMap { $0["type"] as? String } == ["i_wr_create", "i_wr_delete"])
        let detail = feed.items.first?["detail"] as? [String: Any] ?? [:]
        #expect(detail["chat_id"] as? String == chat)
        #expect(detail["plugin_type"] as? String == platform.service)
        let listed = try await flashduty.call("/incident/war-room/list", ["incident_id": incident])
        #expect(listed.items.first?["status"] as? String == "deleted")
    }
}
