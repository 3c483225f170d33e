import Foundation
import MusterSandbox
import Testing

@Suite struct FeishuRateLimitTests {
    @Test func answers429WithTheOgwHeadersWhenThePerSecondLimitIsFull() async throws {
        var seed = SandboxSeed.demo
        seed.feishu?.rateLimits = FeishuRateLimits(perMinute: 1000, perSecond: 2)
        try await withFeishu(seed: seed) { _, feishu in
            var replies: [FeishuClient.Reply] = []
            for _ in 1...3 { replies.append(try await feishu.call("GET", "im/v1/chats")) }
            let limited = try #require(replies.last)
            #expect(replies.prefix(2).allSatisfy { $0.code == 0 })
            #expect(limited.status == 429)
            #expect(limited.code == 99991400)
            #expect(limited.headers["x-ogw-ratelimit-limit"] == "2")
            #expect(limited.headers["x-ogw-ratelimit-reset"] == "1")
        }
    }

    @Test func countsLimitsPerOperationAsConfiguredInTheSeed() async throws {
        var seed = SandboxSeed.demo
        seed.feishu?.rateLimits = FeishuRateLimits(
            operations: ["im.v1.chat.list": .init(perMinute: 1, perSecond: 50)])
        try await withFeishu(seed: seed) { _, feishu in
            #expect(try await feishu.call("GET", "im/v1/chats").code == 0)
            let limited = try await feishu.call("GET", "im/v1/chats")
            #expect(limited.code == 99991400)
            #expect(limited.headers["x-ogw-ratelimit-limit"] == "1")
            #expect(try await feishu.call("GET", "application/v6/scopes").code == 0)
            _ = try await feishu.admin("POST", "clock/advance", body: ["seconds": 61])
            #expect(try await feishu.call("GET", "im/v1/chats").code == 0)
        }
    }

    @Test func rendersAnInjectedRateLimitInFeishusFormat() async throws {
        try await withFeishu { server, feishu in
            let fault: [String: Any] = [
                "service": "feishu", "method": "im.v1.chat.create", "kind": "rateLimited",
                "retryAfter": 3, "count": 1,
            ]
            _ = try await feishu.admin("POST", "faults", body: fault)
            let limited = try await feishu.call("POST", "im/v1/chats", body: ["name": "x"])
            #expect(limited.status == 429)
            #expect(limited.code == 99991400)
            #expect(limited.headers["x-ogw-ratelimit-reset"] == "3")
            #expect(try await feishu.call("POST", "im/v1/chats", body: ["name": "x"]).code == 0)
            #expect(
                server.store.snapshot.counters.count(service: "feishu", method: "im.v1.chat.create")
                    == 2)
        }
    }

    @Test func limitsMessagesToOneChatWith230020() async throws {
        var seed = SandboxSeed.demo
        seed.feishu?.rateLimits = FeishuRateLimits(messagesPerChatPerSecond: 2)
        try await withFeishu(seed: seed) { _, feishu in
            let chat = try await feishu.createChat("inc-chatty")
            var codes: [Int?] = []
            for number in 1...3 {
                let sent = try await feishu.call(
                    "POST", "im/v1/messages", query: ["receive_id_type": "chat_id"],
                    body: [
                        "receive_id": chat, "msg_type": "text",
                        "content": #"{"text":"\#(number)"}"#,
                    ])
                codes.append(sent.code)
            }
            #expect(codes == [0, 0, 230020])
        }
    }
}
