import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox
import Testing

/// Buckets adjusted from what the sandbox's answers say, over loopback, with no real waiting.
@Suite(.timeLimit(.minutes(1))) struct BucketAdjustmentTests {
    private struct Harness {
        let server: SandboxServer
        let clock: SandboxLinkedClock
        let limiter: RateLimiter
        let lines: LogLines
        let feishu: FeishuAdapter

        var throttledAnswers: Int { lines.all.filter { $0.contains("outcome=throttled") }.count }

        func bucket(_ operation: String) -> TokenBucket {
            limiter.bucket(
                BucketKey(platform: "feishu", tenant: "cli_feishu_demo", family: operation))
        }

        func count(_ operation: String) -> Int {
            server.store.snapshot.counters.count(service: "feishu", method: operation)
        }
    }

    /// A sandbox whose Feishu lets `application.v6.scope.list` through 4 times a second: a
    /// power of two, so that the waits add up exactly.
    private func withHarness(_ body: (Harness) async throws -> Void) async throws {
        var seed = SandboxSeed.demo
        seed.frozenClock = 1_800_000_000
        seed.feishu?.rateLimits = FeishuRateLimits(
            operations: ["application.v6.scope.list": .init(perMinute: 1000, perSecond: 4)])
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        let clock = SandboxLinkedClock(server)
        let limiter = RateLimiter(now: clock.now, sleep: clock.sleep)
        let lines = LogLines()
        var retry = RetryPolicy()
        retry.random = { 0.5 }
        let transport = PlatformTransport(
            client: HTTPClient(), limiter: limiter, log: RequestLog { lines.append($0) },
            retry: retry, classify: FeishuAdapter.verdict, sleep: clock.sleep)
        let url = (server.endpoint("feishu")?.url ?? "").replacingOccurrences(
            of: "/open-apis/", with: "")
        let feishu = FeishuAdapter(
            brand: .feishu, baseURL: url, appID: "cli_feishu_demo",
            appSecret: "sandbox-feishu-demo-secret", transport: transport, now: clock.now)
        try await body(
            Harness(server: server, clock: clock, limiter: limiter, lines: lines, feishu: feishu))
    }

    @Test func feishusStatedLimitSlowsTheBucketSoOnlyTheFirstBurstIsThrottled() async throws {
        try await withHarness { harness in
            let operation = "application.v6.scope.list"
            #expect(harness.bucket(operation).ratePerSecond == 50)
            for _ in 1...20 { _ = try await harness.feishu.grantedScopes() }

            // The fifth call met the limit; its answer said 4 a second, and the bucket has
            // paced every call since at that rate.
            #expect(harness.throttledAnswers == 1)
            #expect(harness.count(operation) == 21)
            #expect(harness.bucket(operation).ratePerSecond == 4)
            #expect(harness.bucket(operation).capacity == 1)
            // One second waited out after the refusal, then 15 more calls a quarter apart.
            #expect(harness.clock.slept == 1 + 15 * 0.25)
        }
    }

    @Test func aLimitStatedForOneOperationLeavesTheOthersAlone() async throws {
        try await withHarness { harness in
            for _ in 1...5 { _ = try await harness.feishu.grantedScopes() }
            _ = try await harness.feishu.chats()
            #expect(harness.bucket("application.v6.scope.list").ratePerSecond == 4)
            #expect(harness.bucket("im.v1.chat.list").ratePerSecond == 50)
        }
    }

    @Test func anInjectedRateLimitStatesTheOperationsOwnLimit() async throws {
        try await withHarness { harness in
            try await harness.server.postAdmin(
                "faults",
                [
                    "service": "feishu", "method": "application.v6.scope.list",
                    "kind": "rateLimited", "count": 1, "retryAfter": 2,
                ], with: HTTPClient())
            _ = try await harness.feishu.grantedScopes()
            #expect(harness.bucket("application.v6.scope.list").ratePerSecond == 4)
            #expect(harness.clock.slept == 2)
        }
    }
}
