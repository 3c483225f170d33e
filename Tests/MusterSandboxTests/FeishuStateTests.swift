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

    @Test func servesASeededTenantAsDocsSandboxShowsIt() async throws {
        let json = #"""
            {"feishu": {"tenantKey": "sandbox-feishu",
              "apps": [{"appId": "cli_x", "appSecret": "s", "name": "muster", "scopes": ["im:chat"],
                        "visibleOpenIds": ["ou_1"]}],
              "users": [{"openId": "ou_1", "userId": "u1", "unionId": "on_1", "name": "Alice",
                         "email": "alice@example.com", "mobile": "+8613800000001"}],
              "chats": [{"chatId": "oc_1", "name": "general", "members": ["ou_1"],
                         "botAppIds": ["cli_x"]}],
              "rateLimits": {"perSecond": 50, "messagesPerChatPerSecond": 5}}}
            """#
        let seed = try JSONDecoder().decode(SandboxSeed.self, from: Data(json.utf8))
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        let feishu = try await FeishuClient.signedIn(
            base: server.endpoint("feishu")!.url, appId: "cli_x", secret: "s")
        let info = try await feishu.call(
            "GET", "im/v1/chats/oc_1", query: ["user_id_type": "user_id"])
        #expect(info["name"] as? String == "general")
        #expect(info["owner_id"] as? String == "cli_x")
        let members = try await feishu.call("GET", "im/v1/chats/oc_1/members")
        #expect((members["items"] as? [[String: Any]])?.first?["name"] as? String == "Alice")
        #expect(server.store.snapshot.lark.apps.isEmpty)
    }
}
