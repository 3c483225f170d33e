import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox
import Testing

/// The WeCom adapter against the sandbox's WeCom at `/cgi-bin/`.
@Suite struct WeComAdapterTests {
    private struct Harness {
        let server: SandboxServer
        let client: HTTPClient
        let clock: FakeClock
        let lines: LogLines

        func makeAdapter(
            agentID: Int = 1_000_002, secret: String = "sandbox-demo-secret"
        ) -> WeComAdapter {
            var retry = RetryPolicy()
            retry.random = { 0.5 }
            return WeComAdapter(
                options: WeComOptions(
                    corpID: "wwsandboxcorp", agentID: agentID, corpSecret: secret,
                    baseURL: server.endpoint("wecom")?.url ?? ""),
                client: client, limiter: RateLimiter(now: clock.now, sleep: clock.sleep),
                log: RequestLog { line in lines.append(line) }, retry: retry, sleep: clock.sleep)
        }

        func admin(_ route: String, _ body: [String: Any]) async throws {
            try await server.postAdmin(route, body, with: client)
        }

        func count(_ method: String) -> Int {
            server.store.snapshot.counters.count(service: "wecom", method: method)
        }

        var chats: [WeComWorld.Chat] { server.store.snapshot.wecom.chats }
    }

    private func withHarness<R>(_ body: (Harness) async throws -> R) async throws -> R {
        var seed = SandboxSeed.demo
        seed.frozenClock = 1_800_000_000
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        return try await body(
            Harness(server: server, client: HTTPClient(), clock: FakeClock(), lines: LogLines()))
    }

    private static let members = ["wc00000001", "wc00000002", "wc00000003"]

    private func makeChat(
        _ adapter: WeComAdapter, id: String = "inc1"
    ) async throws
        -> WeComAppChat
    {
        try await adapter.createAppChat(
            name: "INC-1 database down", owner: "wc00000001", members: Self.members, chatID: id)
    }

    @Test func createsAndReadsAnAppChat() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let created = try await makeChat(adapter)
            let read = try await adapter.appChat(id: "inc1")
            #expect(created == read)
            #expect(read.members == Self.members)
            #expect(read.owner == "wc00000001")
        }
    }

    @Test func retryingACreateWithTheSameChatIDGivesTheSameChat() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let first = try await makeChat(adapter, id: "inc2")
            let again = try await makeChat(adapter, id: "inc2")
            #expect(first == again)
            #expect(harness.chats.filter { $0.chatId == "inc2" }.count == 1)
            #expect(harness.count("appchat/get") == 1)
        }
    }

    @Test func renamesAddsAndRemovesInOneUpdate() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            _ = try await makeChat(adapter)
            try await adapter.update(
                "inc1", name: "INC-1 mitigated", add: ["wc00000004"], remove: ["wc00000002"])
            let chat = try await adapter.appChat(id: "inc1")
            #expect(chat.name == "INC-1 mitigated")
            #expect(chat.members == ["wc00000001", "wc00000003", "wc00000004"])
        }
    }

    @Test func removingSomeoneNotInTheChatCountsAsDone() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            _ = try await makeChat(adapter)
            try await adapter.update("inc1", remove: ["wc00000005", "wc00000003"])
            try await adapter.update("inc1", remove: ["wc00000005"])
            let chat = try await adapter.appChat(id: "inc1")
            #expect(chat.members == ["wc00000001", "wc00000002"])
        }
    }

    @Test func postsText() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            _ = try await makeChat(adapter)
            try await adapter.send(text: "status: mitigating", to: "inc1")
            let message = try #require(harness.server.store.snapshot.wecom.messages.last)
            #expect(message.chatId == "inc1")
            #expect(message.msgType == "text")
        }
    }

    @Test func findsUsersByMobileAndEmailAndNobodyAsNil() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let byMobile = try await adapter.userID(mobile: "13800000001")
            let byEmail = try await adapter.userID(email: "user2@corp.example.com")
            let byPersonal = try await adapter.userID(email: "user3@example.com", isPersonal: true)
            let noMobile = try await adapter.userID(mobile: "13899999999")
            let noEmail = try await adapter.userID(email: "nobody@corp.example.com")
            #expect(byMobile == "wc00000001")
            #expect(byEmail == "wc00000002")
            #expect(byPersonal == "wc00000003")
            #expect(noMobile == nil)
            #expect(noEmail == nil)
        }
    }

    @Test func waitsOutAFrequencyLimitAndCreatesTheChatOnce() async throws {
        try await withHarness { harness in
            try await harness.admin(
                "faults",
                ["service": "wecom", "method": "appchat/create", "kind": "rateLimited", "count": 3])
            let adapter = harness.makeAdapter()
            _ = try await makeChat(adapter)
            #expect(harness.count("appchat/create") == 4)
            #expect(harness.chats.count == 1)
            #expect(harness.clock.sleeps.withLock { $0 }.count == 3)
        }
    }

    @Test func refreshesAnExpiredTokenTransparently() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            _ = try await makeChat(adapter)
            #expect(harness.count("gettoken") == 1)
            try await harness.admin("clock/advance", ["seconds": 7201])
            let chat = try await adapter.appChat(id: "inc1")
            #expect(chat.members == Self.members)
            #expect(harness.count("gettoken") == 2)
        }
    }

    @Test func retriesAServerErrorOnCreateWithoutASecondChat() async throws {
        try await withHarness { harness in
            try await harness.admin(
                "faults",
                ["service": "wecom", "method": "appchat/create", "kind": "serverError", "count": 1])
            let adapter = harness.makeAdapter()
            _ = try await makeChat(adapter)
            #expect(harness.count("appchat/create") == 2)
            #expect(harness.chats.count == 1)
        }
    }

    @Test func anAppThatCannotSeeTheRootIsForbiddenAppChats() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter(agentID: 1_000_003, secret: "sandbox-limited-secret")
            do {
                _ = try await makeChat(adapter)
                Issue.record("a create without root visibility succeeded")
            } catch let error as PlatformError {
                #expect(error.kind == .forbidden)
                #expect(error.code == "48002")
                #expect(error.description.contains("WeCom appchat/create: 48002"))
            }
        }
    }

    @Test func reportsAChatItDidNotCreateAsNotFound() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            do {
                _ = try await adapter.appChat(id: "nosuchchat")
                Issue.record("an unknown chat answered")
            } catch let error as PlatformError {
                #expect(error.kind == .notFound)
                #expect(error.code == "86003")
            }
        }
    }

    @Test func neverLogsTheSecretOrTheToken() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            _ = try await makeChat(adapter)
            let token = harness.server.store.snapshot.wecom.tokens.first?.token ?? "missing"
            let lines = harness.lines.all
            #expect(lines.count == 2)
            for line in lines {
                #expect(!line.contains("sandbox-demo-secret") && !line.contains(token))
            }
        }
    }

    @Test func concurrentCallsShareOneTokenRequest() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let found = try await withThrowingTaskGroup(of: String?.self) { group in
                for number in 1...9 {
                    group.addTask {
                        try await adapter.userID(email: "user\(number)@corp.example.com")
                    }
                }
                return try await group.reduce(into: [String?]()) { $0.append($1) }
            }
            #expect(found.compactMap { $0 }.count == 9)
            #expect(harness.count("gettoken") == 1)
        }
    }

    @Test func getsANewTokenWhenTheOldOneIsRevokedMidRun() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            _ = try await makeChat(adapter)
            try await harness.admin(
                "faults",
                ["service": "wecom", "method": "appchat/send", "kind": "revokedToken", "count": 1])
            try await adapter.send(text: "status: resolved", to: "inc1")
            #expect(harness.count("gettoken") == 2)
            #expect(harness.server.store.snapshot.wecom.messages.count == 1)
        }
    }

    @Test func aLookupOutsideTheAppsVisibilityIsForbidden() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter(agentID: 1_000_003, secret: "sandbox-limited-secret")
            let visible = try await adapter.userID(mobile: "13800000001")
            #expect(visible == "wc00000001")
            do {
                _ = try await adapter.userID(email: "user2@corp.example.com")
                Issue.record("a user outside the visibility was found")
            } catch let error as PlatformError {
                #expect(error.kind == .forbidden)
                #expect(error.code == "60011")
            }
        }
    }
}
