import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox
import Testing

/// The Feishu adapter against the sandbox's Feishu and Lark, over loopback, with a frozen clock.
@Suite struct FeishuAdapterTests {
    private struct Harness {
        let server: SandboxServer
        let client: HTTPClient
        let clock: FakeClock
        let transport: PlatformTransport
        let lines: LogLines

        func adapter(_ brand: FeishuAdapter.Brand = .feishu, app: String = "demo") -> FeishuAdapter
        {
            let url = server.endpoint(brand.rawValue)?.url ?? ""
            return FeishuAdapter(
                brand: brand, baseURL: url.replacingOccurrences(of: "/open-apis/", with: ""),
                appID: "cli_\(brand.rawValue)_\(app)",
                appSecret: "sandbox-\(brand.rawValue)-\(app)-secret", transport: transport,
                now: clock.now)
        }

        func admin(_ route: String, _ body: [String: Any]) async throws {
            try await server.postAdmin(route, body, with: client)
        }

        func count(_ operation: String, _ brand: FeishuAdapter.Brand = .feishu) -> Int {
            server.store.snapshot.counters.count(service: brand.rawValue, method: operation)
        }

        func world(_ brand: FeishuAdapter.Brand = .feishu) -> FeishuWorld {
            brand == .feishu ? server.store.snapshot.feishu : server.store.snapshot.lark
        }

        /// People the demo app may add: active, inside its availability (users 1-245).
        func addable(_ brand: FeishuAdapter.Brand = .feishu) -> [String] {
            world(brand).users.prefix(245).filter { !$0.isResigned && !$0.isFrozen }.map(\.openId)
        }
    }

    private func withHarness(_ body: (Harness) async throws -> Void) async throws {
        var seed = SandboxSeed.demo
        seed.frozenClock = 1_800_000_000
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        let clock = FakeClock()
        var retry = RetryPolicy()
        retry.random = { 0.5 }
        let client = HTTPClient()
        let lines = LogLines()
        let transport = PlatformTransport(
            client: client, limiter: RateLimiter(now: clock.now, sleep: clock.sleep),
            log: RequestLog { lines.append($0) }, retry: retry, classify: FeishuAdapter.verdict,
            sleep: clock.sleep)
        try await body(
            Harness(
                server: server, client: client, clock: clock, transport: transport,
                lines: lines))
    }

    @Test func grantedScopesListsOnlyWhatTheAppWasGranted() async throws {
        try await withHarness { harness in
            let scopes = try await harness.adapter().grantedScopes()
            #expect(scopes.contains("im:chat:create") || scopes.contains("im:chat"))
            let limited = try await harness.adapter(app: "limited").grantedScopes()
            #expect(Set(limited) == ["im:chat:read", "contact:user.id:readonly"])
        }
    }

    @Test func aLarkChatIsCreatedUpdatedEmptiedAndDissolvedOnce() async throws {
        try await withHarness { harness in
            let lark = harness.adapter(.lark)
            let people = Array(harness.addable(.lark).prefix(60))
            let chat = try await lark.createChat(
                name: "inc-7", description: "api errors", members: people, uuid: "inc-7")
            #expect(harness.count("im.v1.chat_members.create", .lark) == 1)
            try await lark.updateChat(chat.id, name: "inc-7 api")
            #expect(try await lark.chat(id: chat.id).name == "inc-7 api")
            #expect(try await lark.chats().contains { $0.id == chat.id })
            try await lark.removeMembers(Array(people.prefix(2)), from: chat.id)
            #expect(try await lark.members(of: chat.id).count == 58)
            try await lark.dissolve(chat.id)
            try await lark.dissolve(chat.id)
            #expect(harness.world(.lark).chats.first { $0.chatId == chat.id }?.isDissolved == true)
        }
    }

    @Test func membersAreAddedFiftyAtATimeAndReadPastTheFirstPage() async throws {
        try await withHarness { harness in
            let feishu = harness.adapter()
            let people = Array(harness.addable().prefix(120))
            let chat = try await feishu.createChat(
                name: "inc-big", description: "", members: people, uuid: "inc-big")
            #expect(harness.count("im.v1.chat_members.create") == 2)
            let members = try await feishu.members(of: chat.id)
            #expect(Set(members.map(\.openID)) == Set(people))
            #expect(harness.count("im.v1.chat_members.get") == 2)
        }
    }

    @Test func userIDsLooksUpFiftyAddressesACallAndLeavesStrangersOut() async throws {
        try await withHarness { harness in
            let emails = (1...120).map { "user\($0)@example.com" }
            let mobile = try #require(harness.world().users[0].mobile)
            let lookup = try await harness.adapter().userIDs(emails: emails, mobiles: [mobile])
            #expect(harness.count("contact.v3.user.batch_get_id") == 3)
            #expect(lookup.byEmail["user1@example.com"] == harness.world().users[0].openId)
            #expect(lookup.byEmail["user25@example.com"] == nil)
            #expect(lookup.byEmail.count < 120 && lookup.byEmail.count > 90)
            #expect(lookup.byMobile[mobile] == harness.world().users[0].openId)
        }
    }

    @Test func aRepeatedUUIDReturnsTheSameChat() async throws {
        try await withHarness { harness in
            let feishu = harness.adapter()
            let people = Array(harness.addable().prefix(3))
            let first = try await feishu.createChat(
                name: "inc-9", description: "", members: people, uuid: "inc-9-key")
            let again = try await feishu.createChat(
                name: "inc-9", description: "", members: people, uuid: "inc-9-key")
            #expect(first.id == again.id)
            #expect(harness.world().chats.filter { $0.name == "inc-9" }.count == 1)
        }
    }

    @Test func postSendsTheTextToTheChat() async throws {
        try await withHarness { harness in
            let feishu = harness.adapter()
            let chat = try await feishu.createChat(
                name: "inc-post", description: "", members: Array(harness.addable().prefix(2)),
                uuid: "inc-post")
            let id = try await feishu.post(text: "mitigated", to: chat.id)
            let message = harness.world().messages.first { $0.messageId == id }
            #expect(message?.chatId == chat.id && message?.content.contains("mitigated") == true)
        }
    }

    @Test func aBurstOf429sIsWaitedOutAndTheListIsReadOnce() async throws {
        try await withHarness { harness in
            try await harness.admin(
                "faults",
                [
                    "service": "feishu", "method": "im.v1.chat.list", "kind": "rateLimited",
                    "count": 3, "retryAfter": 2,
                ])
            let chats = try await harness.adapter().chats()
            #expect(chats.count == harness.world().chats.filter { !$0.isDissolved }.count)
            #expect(harness.count("im.v1.chat.list") == 4)
            #expect(harness.clock.sleeps.withLock { $0 }.filter { $0 >= 2 }.count == 3)
        }
    }

    @Test func aTokenRevokedMidRunIsReplacedAndTheCallSentAgain() async throws {
        try await withHarness { harness in
            let feishu = harness.adapter()
            _ = try await feishu.grantedScopes()
            try await harness.admin(
                "feishu/drift", ["action": "revokeToken", "app": "cli_feishu_demo"])
            _ = try await feishu.chats()
            #expect(harness.count("auth.v3.tenant_access_token.internal") == 2)
            #expect(harness.count("im.v1.chat.list") == 2)
        }
    }

    @Test func aTokenWithUnderTenMinutesLeftIsReplacedBeforeUse() async throws {
        try await withHarness { harness in
            let feishu = harness.adapter()
            _ = try await feishu.grantedScopes()
            _ = try await feishu.grantedScopes()
            #expect(harness.count("auth.v3.tenant_access_token.internal") == 1)
            harness.clock.time.withLock { $0 += 6_700 }
            _ = try await feishu.grantedScopes()
            #expect(harness.count("auth.v3.tenant_access_token.internal") == 2)
        }
    }

    @Test func aCreateWhoseFirstAttemptFailedLeavesExactlyOneChat() async throws {
        try await withHarness { harness in
            try await harness.admin(
                "faults",
                [
                    "service": "feishu", "method": "im.v1.chat.create", "kind": "serverError",
                    "count": 1,
                ])
            let chat = try await harness.adapter().createChat(
                name: "inc-once", description: "", members: Array(harness.addable().prefix(2)),
                uuid: "inc-once")
            #expect(
                harness.world().chats.filter { $0.name == "inc-once" }.map(\.chatId) == [chat.id])
            #expect(harness.count("im.v1.chat.create") == 2)
        }
    }

    @Test func aMissingScopeNamesTheScopesThatWouldDo() async throws {
        try await withHarness { harness in
            let limited = harness.adapter(app: "limited")
            await #expect {
                try await limited.createChat(name: "x", description: "", members: [], uuid: "x")
            } throws: { error in
                guard let error = error as? PlatformError else { return false }
                return error.kind == .missingScope && error.code == "99991672"
                    && error.missingScopes.contains { $0.hasPrefix("im:chat") }
            }
        }
    }

    @Test func anUnknownChatIsNotFound() async throws {
        try await withHarness { harness in
            await #expect {
                try await harness.adapter(.lark).chat(id: "oc_missing")
            } throws: { error in
                (error as? PlatformError)?.kind == .notFound
                    && (error as? PlatformError)?.platform == "Lark"
            }
        }
    }

    @Test func aWholeVerboseRunNeverLogsTheSecretOrTheTenantToken() async throws {
        try await withHarness { harness in
            let feishu = harness.adapter()
            let chat = try await feishu.createChat(
                name: "inc-log", description: "", members: Array(harness.addable().prefix(2)),
                uuid: "inc-log")
            try await feishu.post(text: "hello", to: chat.id)
            _ = try await feishu.userIDs(emails: ["user1@example.com"])
            try await feishu.dissolve(chat.id)
            let tokens = harness.world().tokens.map(\.token)
            let lines = harness.lines.all
            #expect(lines.count == 5 && !tokens.isEmpty)
            for line in lines {
                #expect(!line.contains("sandbox-feishu-demo-secret"))
                #expect(tokens.allSatisfy { !line.contains($0) })
            }
        }
    }

    @Test func dissolvingAnUnknownChatIsNotFound() async throws {
        try await withHarness { harness in
            await #expect {
                try await harness.adapter().dissolve("oc_missing")
            } throws: { error in
                (error as? PlatformError).map { $0.kind == .notFound && $0.code == "232006" }
                    ?? false
            }
        }
    }
}
