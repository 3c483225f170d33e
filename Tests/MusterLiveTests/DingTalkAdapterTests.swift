import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox
import Testing

/// The DingTalk adapter against the sandbox's DingTalk, both API generations on one port.
@Suite struct DingTalkAdapterTests {
    private struct Harness {
        let server: SandboxServer
        let client: HTTPClient
        let clock: FakeClock
        let lines: LogLines

        func makeAdapter(
            appKey: String = "dingsandboxdemo", secret: String = "sandbox-demo-secret",
            pageSize: Int = 1000
        ) -> DingTalkAdapter {
            let base = server.endpoint("dingtalk")?.url ?? ""
            var retry = RetryPolicy()
            retry.random = { 0.5 }
            return DingTalkAdapter(
                options: DingTalkOptions(
                    appKey: appKey, appSecret: secret, apiBaseURL: base, oapiBaseURL: base,
                    memberPageSize: pageSize),
                client: client, limiter: RateLimiter(now: clock.now, sleep: clock.sleep),
                log: RequestLog { line in lines.append(line) }, retry: retry,
                sleep: clock.sleep)
        }

        func admin(_ route: String, _ body: [String: Any]) async throws {
            try await server.postAdmin(route, body, with: client)
        }

        func count(_ method: String) -> Int {
            server.store.snapshot.counters.count(service: "dingtalk", method: method)
        }

        var groups: [DingTalkWorld.Group] { server.store.snapshot.dingtalk.groups }
    }

    private func withHarness<R>(_ body: (Harness) async throws -> R) async throws -> R {
        var seed = SandboxSeed.demo
        seed.frozenClock = 1_800_000_000
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        return try await body(
            Harness(server: server, client: HTTPClient(), clock: FakeClock(), lines: LogLines()))
    }

    private static let someUsers = ["dt00000002", "dt00000003", "dt00000004"]

    private func makeGroup(
        _ adapter: DingTalkAdapter, uuid: String = "inc-1"
    ) async throws
        -> DingTalkSceneGroup.IDs
    {
        try await adapter.createSceneGroup(
            title: "INC-1 database down", templateId: "tpl-warroom", owner: "dt00000001",
            members: Self.someUsers, uuid: uuid)
    }

    @Test func createsReadsRenamesAndDisbandsASceneGroup() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let ids = try await makeGroup(adapter)
            var group = try await adapter.sceneGroup(id: ids.openConversationID)
            #expect(group.title == "INC-1 database down")
            #expect(group.ownerUserID == "dt00000001")
            #expect(group.templateID == "tpl-warroom")
            #expect(!group.isDisbanded)

            try await adapter.updateSceneGroup(ids.openConversationID, title: "INC-1 resolved")
            group = try await adapter.sceneGroup(id: ids.openConversationID)
            #expect(group.title == "INC-1 resolved")

            try await adapter.disband(ids.openConversationID)
            group = try await adapter.sceneGroup(id: ids.openConversationID)
            #expect(group.isDisbanded)
        }
    }

    @Test func addsAndRemovesMembers() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let id = try await makeGroup(adapter).openConversationID
            try await adapter.addMembers(["dt00000005", "dt00000002"], to: id)
            try await adapter.removeMembers(["dt00000003"], from: id)
            let members = try await adapter.members(of: id)
            #expect(members == ["dt00000001", "dt00000002", "dt00000004", "dt00000005"])
        }
    }

    @Test func readsEveryPageOfALargeGroup() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter(pageSize: 100)
            let everyone = (2...250).filter { $0 % 10 != 0 }.map {
                "dt" + String(format: "%08d", $0)
            }
            let id = try await adapter.createSceneGroup(
                title: "INC-2", templateId: "tpl-warroom", owner: "dt00000001",
                members: everyone, uuid: "inc-2"
            ).openConversationID
            let members = try await adapter.members(of: id)
            #expect(members.count == everyone.count + 1)
            #expect(Set(members) == Set(everyone + ["dt00000001"]))
            #expect(harness.count("v1.0/im/sceneGroups/members/query") == 3)
        }
    }

    @Test func postsTextAsTheRobot() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let id = try await makeGroup(adapter).openConversationID
            let key = try await adapter.send(
                text: "status: mitigating", to: id, robotCode: "dingsandboxdemo")
            #expect(!key.isEmpty)
            let message = try #require(harness.server.store.snapshot.dingtalk.messages.last)
            #expect(message.msgKey == "sampleText")
            #expect(message.msgParam.contains("status: mitigating"))
        }
    }

    @Test func findsUsersByMobileOneAtATimeAndNobodyAsNil() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let found = try await adapter.userID(mobile: "+86-13800000001")
            let nobody = try await adapter.userID(mobile: "+86-13899999999")
            #expect(found == "dt00000001")
            #expect(nobody == nil)
            #expect(harness.count("topapi/v2/user/getbymobile") == 2)
        }
    }

    @Test func waitsOutAQpsBurstAndCreatesTheGroupOnce() async throws {
        try await withHarness { harness in
            try await harness.admin(
                "faults",
                [
                    "service": "dingtalk", "method": "v1.0/im/sceneGroup/create",
                    "kind": "rateLimited", "count": 3,
                ])
            let adapter = harness.makeAdapter()
            _ = try await makeGroup(adapter)
            #expect(harness.count("v1.0/im/sceneGroup/create") == 4)
            #expect(harness.groups.count == 1)
            #expect(harness.clock.sleeps.withLock { $0 }.filter { $0 >= 1 }.count == 3)
        }
    }

    @Test func refreshesAnExpiredTokenTransparently() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let id = try await makeGroup(adapter).openConversationID
            #expect(harness.count("v1.0/oauth2/accessToken") == 1)
            try await harness.admin("clock/advance", ["seconds": 7201])
            let members = try await adapter.members(of: id)
            let found = try await adapter.userID(mobile: "+86-13800000001")
            #expect(members.count == 4)
            #expect(found == "dt00000001")
            #expect(harness.count("v1.0/oauth2/accessToken") == 2)
        }
    }

    @Test func retriesACreateAfterAServerErrorWithoutASecondGroup() async throws {
        try await withHarness { harness in
            try await harness.admin(
                "faults",
                [
                    "service": "dingtalk", "method": "v1.0/im/sceneGroup/create",
                    "kind": "serverError", "count": 1,
                ])
            let adapter = harness.makeAdapter()
            let first = try await makeGroup(adapter, uuid: "inc-7")
            let again = try await makeGroup(adapter, uuid: "inc-7")
            #expect(first == again)
            #expect(harness.count("v1.0/im/sceneGroup/create") == 3)
            #expect(harness.groups.filter { $0.uuid == "inc-7" }.count == 1)
        }
    }

    @Test func namesTheMissingPermissionPoint() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter(
                appKey: "dingsandboxlimited", secret: "sandbox-limited-secret")
            do {
                _ = try await makeGroup(adapter)
                Issue.record("a create without qyapi_chat_manage succeeded")
            } catch let error as PlatformError {
                #expect(error.kind == .missingScope)
                #expect(error.missingScopes == ["qyapi_chat_manage"])
                #expect(error.code == "Forbidden.AccessDenied.AccessTokenPermissionDenied")
            }
        }
    }

    @Test func reportsAnUnknownGroupAsNotFound() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            do {
                _ = try await adapter.members(of: "cidnothing==")
                Issue.record("an unknown group answered")
            } catch let error as PlatformError {
                #expect(error.kind == .notFound)
            }
        }
    }

    @Test func concurrentCallsShareOneTokenRequest() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let found = try await withThrowingTaskGroup(of: String?.self) { group in
                // Users 3 and 5 have US and UK mobiles.
                for number in [1, 2, 4, 6, 7, 8, 9] {
                    group.addTask {
                        try await adapter.userID(mobile: "+86-1380000000\(number)")
                    }
                }
                return try await group.reduce(into: [String?]()) { $0.append($1) }
            }
            #expect(found.compactMap { $0 }.count == 7)
            #expect(harness.count("v1.0/oauth2/accessToken") == 1)
        }
    }

    @Test func getsANewTokenWhenTheOldAPISaysItIsRevoked() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            _ = try await adapter.userID(mobile: "+86-13800000001")
            try await harness.admin(
                "faults",
                [
                    "service": "dingtalk", "method": "topapi/v2/user/getbymobile",
                    "kind": "revokedToken", "count": 1,
                ])
            let found = try await adapter.userID(mobile: "+86-13800000002")
            #expect(found == "dt00000002")
            #expect(harness.count("v1.0/oauth2/accessToken") == 2)
            #expect(harness.count("topapi/v2/user/getbymobile") == 3)
        }
    }

    @Test func neverLogsTheSecretOrTheToken() async throws {
        try await withHarness { harness in
            let adapter = harness.makeAdapter()
            let id = try await makeGroup(adapter).openConversationID
            _ = try await adapter.userID(mobile: "+86-13800000001")
            _ = try await adapter.members(of: id)
            let token = harness.server.store.snapshot.dingtalk.tokens.first?.token ?? "missing"
            let lines = harness.lines.all
            #expect(lines.count == 4)
            #expect(lines.contains { $0.contains("access_token=<redacted>") })
            for line in lines {
                #expect(!line.contains("sandbox-demo-secret") && !line.contains(token))
            }
        }
    }
}
