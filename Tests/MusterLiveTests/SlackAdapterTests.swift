import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox
import Testing

/// The Slack adapter against the sandbox's Slack, over loopback, with a frozen clock.
@Suite struct SlackAdapterTests {
    private struct Harness {
        let server: SandboxServer
        let client: HTTPClient
        let transport: PlatformTransport
        let lines: LogLines

        func adapter(token: String = "xoxb-sandbox-demo", pageLimit: Int = 999) -> SlackAdapter {
            SlackAdapter(
                baseURL: server.endpoint("slack")?.url ?? "", token: token, transport: transport,
                workspace: "T0SANDBOX", pageLimit: pageLimit)
        }

        func admin(_ route: String, _ body: [String: Any]) async throws {
            try await server.postAdmin(route, body, with: client)
        }

        func count(_ method: String) -> Int {
            server.store.snapshot.counters.count(service: "slack", method: method)
        }

        var world: SlackWorld { server.store.snapshot.slack }

        /// Active people, not bots, in seed order.
        var activeUserIDs: [String] {
            world.users.filter { !$0.isDeleted && !$0.isBot }.map(\.id)
        }
    }

    private func withHarness(
        totalTimeout: Double = 60, _ body: (Harness) async throws -> Void
    ) async throws {
        var seed = SandboxSeed.demo
        seed.frozenClock = 1_800_000_000
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        let clock = FakeClock()
        var retry = RetryPolicy()
        retry.random = { 0.5 }
        var options = HTTPClientOptions()
        options.totalTimeout = totalTimeout
        let client = HTTPClient(options: options)
        let lines = LogLines()
        let transport = PlatformTransport(
            client: client, limiter: RateLimiter(now: clock.now, sleep: clock.sleep),
            log: RequestLog { lines.append($0) }, retry: retry, classify: SlackAdapter.verdict,
            sleep: clock.sleep)
        try await body(
            Harness(server: server, client: client, transport: transport, lines: lines))
    }

    @Test func identityNamesTheTeamTheBotAndTheGrantedScopes() async throws {
        try await withHarness { harness in
            let identity = try await harness.adapter().identity()
            #expect(identity.teamID == "T0SANDBOX")
            #expect(!identity.botUserID.isEmpty)
            #expect(identity.scopes.contains("groups:write"))
        }
    }

    @Test func aChannelIsCreatedRenamedGivenATopicAndArchivedOnce() async throws {
        try await withHarness { harness in
            let slack = harness.adapter()
            let created = try await slack.createChannel(name: "inc-42", isPrivate: true)
            #expect(created.isPrivate && created.name == "inc-42")
            try await slack.rename(created.id, to: "inc-42-db")
            try await slack.setTopic("database down", of: created.id)
            let read = try await slack.channel(id: created.id)
            #expect(read.name == "inc-42-db" && read.topic == "database down")
            try await slack.archive(created.id)
            try await slack.archive(created.id)
            let listed = try await slack.channels().first { $0.id == created.id }
            #expect(listed?.isArchived == true)
        }
    }

    @Test func inviteSendsBatchesOfAHundredAndToleratesMembersAlreadyIn() async throws {
        try await withHarness { harness in
            let slack = harness.adapter(pageLimit: 50)
            let channel = try await slack.createChannel(name: "inc-big", isPrivate: true)
            let users = Array(harness.activeUserIDs.prefix(120))
            try await slack.invite(users, to: channel.id)
            #expect(harness.count("conversations.invite") == 2)
            try await slack.invite(Array(users.prefix(3)), to: channel.id)
            let members = try await slack.members(of: channel.id)
            #expect(Set(users).isSubset(of: Set(members)) && members.count == 121)
            #expect(harness.count("conversations.members") == 3)
            try await slack.kick(users[0], from: channel.id)
            #expect(try await slack.members(of: channel.id).contains(users[0]) == false)
        }
    }

    @Test func usersReadsEveryPageOfTheWorkspace() async throws {
        try await withHarness { harness in
            let users = try await harness.adapter(pageLimit: 200).users()
            #expect(users.count == harness.world.users.count && users.count > 250)
            #expect(harness.count("users.list") == 2)
            // The default limit, Slack's largest, reads the same workspace in one page.
            #expect(try await harness.adapter().users().count == users.count)
            #expect(harness.count("users.list") == 3)
        }
    }

    @Test func usersByEmailLooksUpEachAddressAndGivesNilForStrangers() async throws {
        try await withHarness { harness in
            let found = try await harness.adapter().usersByEmail([
                "user1@example.com", "nobody@example.com",
            ])
            #expect(found["user1@example.com"]??.email == "user1@example.com")
            #expect(found["nobody@example.com"] == .some(nil))
            #expect(harness.count("users.lookupByEmail") == 2)
        }
    }

    @Test func postLeavesTheMessageInTheChannel() async throws {
        try await withHarness { harness in
            let slack = harness.adapter()
            let channel = try await slack.createChannel(name: "inc-post", isPrivate: true)
            let ts = try await slack.post(text: "status: mitigated", to: channel.id)
            let message = harness.world.messages.first { $0.ts == ts }
            #expect(message?.text == "status: mitigated" && message?.channel == channel.id)
        }
    }

    @Test func aBurstOf429sIsWaitedOutAndTheListIsReadOnce() async throws {
        try await withHarness { harness in
            try await harness.admin(
                "faults",
                [
                    "service": "slack", "method": "conversations.list", "kind": "rateLimited",
                    "count": 3, "retryAfter": 2,
                ])
            let channels = try await harness.adapter().channels()
            #expect(channels.count == harness.world.channels.count)
            #expect(harness.count("conversations.list") == 4)
        }
    }

    @Test func aTokenRevokedMidRunFailsAsTokenInvalid() async throws {
        try await withHarness { harness in
            let slack = harness.adapter()
            _ = try await slack.identity()
            try await harness.admin(
                "slack/drift", ["action": "revokeToken", "token": "xoxb-sandbox-demo"])
            await #expect {
                try await slack.channels()
            } throws: { error in
                (error as? PlatformError)?.kind == .tokenInvalid
            }
        }
    }

    @Test func aCreateWhoseFirstAttemptFailedLeavesExactlyOneChannel() async throws {
        try await withHarness { harness in
            try await harness.admin(
                "faults",
                [
                    "service": "slack", "method": "conversations.create", "kind": "serverError",
                    "count": 1,
                ])
            let channel = try await harness.adapter().createChannel(
                name: "inc-once", isPrivate: true)
            #expect(
                harness.world.channels.filter { $0.name == "inc-once" }.map(\.id) == [channel.id])
            #expect(harness.count("conversations.create") == 2)
            #expect(harness.count("conversations.list") == 1)
        }
    }

    @Test func aMissingScopeNamesTheScopeNeeded() async throws {
        try await withHarness { harness in
            let slack = harness.adapter(token: "xoxb-sandbox-limited")
            await #expect {
                try await slack.createChannel(name: "inc-denied", isPrivate: true)
            } throws: { error in
                guard let error = error as? PlatformError else { return false }
                return error.kind == .missingScope && error.missingScopes.contains("groups:write")
            }
        }
    }

    @Test func aCreateWhoseAnswerWasLostIsFoundByNameAndNotSentAgain() async throws {
        try await withHarness(totalTimeout: 1) { harness in
            try await harness.admin(
                "faults",
                [
                    "service": "slack", "method": "conversations.create", "kind": "latency",
                    "milliseconds": 3000, "count": 1,
                ])
            let channel = try await harness.adapter().createChannel(
                name: "inc-slow", isPrivate: true)
            #expect(
                harness.world.channels.filter { $0.name == "inc-slow" }.map(\.id) == [channel.id])
            #expect(harness.count("conversations.create") == 1)
        }
    }

    @Test func aWholeVerboseRunNeverLogsTheToken() async throws {
        try await withHarness { harness in
            let slack = harness.adapter()
            _ = try await slack.identity()
            let channel = try await slack.createChannel(name: "inc-log", isPrivate: true)
            try await slack.invite(Array(harness.activeUserIDs.prefix(2)), to: channel.id)
            _ = try await slack.usersByEmail(["user1@example.com"])
            try await slack.archive(channel.id)
            let lines = harness.lines.all
            #expect(lines.count == 5)
            #expect(lines.allSatisfy { !$0.contains("xoxb-") })
        }
    }

    @Test func refusalsKeepSlacksCodeAndMapToTheirKind() async throws {
        try await withHarness { harness in
            let slack = harness.adapter()
            let first = try await slack.createChannel(name: "inc-a", isPrivate: true)
            let second = try await slack.createChannel(name: "inc-b", isPrivate: true)
            let outsider = harness.activeUserIDs[0]
            let cases: [(PlatformError.Kind, String, () async throws -> Void)] = [
                (.alreadyExists, "name_taken", { try await slack.rename(second.id, to: "inc-a") }),
                (.notMember, "not_in_channel", { try await slack.kick(outsider, from: first.id) }),
                (.notFound, "channel_not_found", { _ = try await slack.channel(id: "C404") }),
            ]
            for (kind, code, body) in cases {
                await #expect {
                    try await body()
                } throws: { error in
                    (error as? PlatformError).map { $0.kind == kind && $0.code == code } ?? false
                }
            }
        }
    }
}
