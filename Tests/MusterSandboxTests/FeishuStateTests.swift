import Foundation
import MusterSandbox
import Testing

@Suite struct FeishuStateTests {
    @Test func keepsChatsMessagesAndTokensAcrossARestart() async throws {
        let directory = NSTemporaryDirectory() + "muster-feishu-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (chat, token) = try await withFeishu(stateDirectory: directory) { _, feishu in
            let chat = try await feishu.createChat("inc-restart", members: [5])
            _ = try await feishu.call(
                "POST", "im/v1/messages", query: ["receive_id_type": "chat_id"],
                body: [
                    "receive_id": chat, "msg_type": "text", "content": #"{"text":"still here"}"#,
                ])
            return (chat, feishu.token)
        }
        let server = try SandboxServer(
            options: .init(stateDirectory: directory, seed: SandboxSeed()))
        defer { server.stop() }
        let feishu = FeishuClient(base: server.endpoint("feishu")!.url, token: token)
        let members = try await feishu.call("GET", "im/v1/chats/\(chat)/members")
        #expect(
            (members["items"] as? [[String: Any]])?.first?["member_id"] as? String
                == FeishuSeed.demoOpenId(5))
        #expect(server.store.snapshot.feishu.messages.map(\.content) == [#"{"text":"still here"}"#])
    }

    @Test func loadsSavedStateThatLacksTheFeishuPartsFromItsSeed() throws {
        var saved =
            try JSONSerialization.jsonObject(
                with: JSONEncoder().encode(SandboxWorld(seed: .demo))) as? [String: Any] ?? [:]
        saved["feishu"] = nil
        saved["lark"] = nil
        let data = try JSONSerialization.data(withJSONObject: saved)
        let world = try JSONDecoder().decode(SandboxWorld.self, from: data)
        #expect(world.lark.apps.map(\.appId) == ["cli_lark_demo", "cli_lark_limited"])
    }
}
