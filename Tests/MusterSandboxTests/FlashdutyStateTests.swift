import Foundation
import MusterSandbox
import Testing

@Suite struct FlashdutyStateTests {
    @Test func loadsSavedStateThatLacksFlashdutyFromItsSeed() throws {
        var saved =
            try JSONSerialization.jsonObject(
                with: JSONEncoder().encode(SandboxWorld(seed: .demo))) as? [String: Any] ?? [:]
        saved["flashduty"] = nil
        let data = try JSONSerialization.data(withJSONObject: saved)
        let world = try JSONDecoder().decode(SandboxWorld.self, from: data)
        #expect(world.flashduty.members.count == 50)
        #expect(world.flashduty.integrations.map(\.id) == Array(5001...5005))
        #expect(
            world.flashduty.integrations.map(\.platform) == [
                "slack", "feishu", "lark", "dingtalk", "wecom",
            ])
    }

    @Test func keepsIncidentsAndLinksAcrossARestartWithTheSameState() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("fd-state-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let id = try await withSandbox(seed: flashdutyTestSeed, stateDirectory: directory) {
            server, _ in
            let flashduty = FlashdutyClient(base: server.endpoint("flashduty")!.url)
            _ = try await flashduty.call(
                "/datasource/im/person/try-link", ["integration_id": 5001])
            let created = try await flashduty.call(
                "/incident/create", ["incident_severity": "Info", "title": "kept"])
            return created.data["incident_id"] as? String ?? ""
        }
        try await withSandbox(seed: flashdutyTestSeed, stateDirectory: directory) { server, _ in
            let flashduty = FlashdutyClient(base: server.endpoint("flashduty")!.url)
            let info = try await flashduty.call("/incident/info", ["incident_id": id])
            #expect(info.data["title"] as? String == "kept")
            #expect(!server.store.snapshot.flashduty.integrations[0].links.isEmpty)
        }
    }

    @Test func slugsAWarRoomNameIntoAValidSlackChannelName() {
        var slack = SlackWorld(seed: .demo)
        let first = try? slack.createChat(
            named: "inc-0001A Checkout: p99 > 2s!", members: ["U00000001"], app: "A0SANDBOX",
            now: 0)
        let second = try? slack.createChat(
            named: "inc-0001A Checkout: p99 > 2s!", members: [], app: "A0SANDBOX", now: 0)
        #expect(first?.name == "inc-0001a-checkout-p99-2s")
        #expect(second?.name == "inc-0001a-checkout-p99-2s-2")
        #expect(first?.members == ["U0SANDBOXBOT", "U00000001"])
        #expect(throws: WarRoomChatError.appNotFound("A9")) {
            try slack.createChat(named: "x", members: [], app: "A9", now: 0)
        }
    }
}
