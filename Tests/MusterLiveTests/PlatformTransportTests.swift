import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox
import Synchronization
import Testing

/// The transport against the sandbox's Slack and Flashduty, with faults injected.
@Suite struct PlatformTransportTests {
    private static let token = "xoxb-sandbox-demo"

    /// Slack's reading: 429 is throttling with Retry-After; 5xx is worth another try.
    private static let slackVerdict: @Sendable (HTTPClientResponse) -> ResponseVerdict = {
        response in
        if response.status == 429 {
            return .throttled(retryAfter: response.header("retry-after").flatMap(Double.init))
        }
        return response.status >= 500 ? .transient : .final
    }

    private struct Harness {
        let server: SandboxServer
        let client: HTTPClient
        let clock: FakeClock
        let lines: LogLines
        let transport: PlatformTransport

        func slackCall(_ method: String, safety: CallSafety = .read) -> PlatformCall {
            let url = server.endpoint("slack")?.url ?? ""
            return PlatformCall(
                platform: "slack", method: method,
                bucket: BucketKey(platform: "slack", tenant: "T0SANDBOX", family: "tier4"),
                safety: safety,
                request: HTTPClientRequest(
                    method: "POST", url: url + method,
                    headers: [("Authorization", "Bearer \(PlatformTransportTests.token)")],
                    body: Data("name=inc-\(UUID().uuidString.prefix(8).lowercased())".utf8)))
        }

        func inject(_ fault: [String: Any]) async throws {
            try await server.postAdmin("faults", fault, with: client)
        }

        func count(_ service: String, _ method: String) -> Int {
            server.store.snapshot.counters.count(service: service, method: method)
        }
    }

    private func withHarness<R>(_ body: (Harness) async throws -> R) async throws -> R {
        var seed = SandboxSeed.demo
        seed.frozenClock = 1_800_000_000
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        let clock = FakeClock()
        let lines = LogLines()
        let client = HTTPClient()
        var retry = RetryPolicy()
        retry.random = { 0.5 }
        let transport = PlatformTransport(
            client: client, limiter: RateLimiter(now: clock.now, sleep: clock.sleep),
            log: RequestLog { line in lines.append(line) }, retry: retry,
            classify: Self.slackVerdict, sleep: clock.sleep)
        return try await body(
            Harness(
                server: server, client: client, clock: clock, lines: lines, transport: transport))
    }

    @Test func waitsOutA429BurstAndSucceedsOnce() async throws {
        try await withHarness { harness in
            try await harness.inject([
                "service": "slack", "method": "auth.test", "kind": "rateLimited", "count": 2,
                "retryAfter": 3,
            ])
            let response = try await harness.transport.send(harness.slackCall("auth.test"))
            #expect(response.status == 200)
            #expect(harness.count("slack", "auth.test") == 3)
            #expect(harness.clock.sleeps.withLock { $0 }.filter { $0 >= 3 }.count == 2)
        }
    }

    @Test func retriesAReadThroughServerErrorsWithBackoff() async throws {
        try await withHarness { harness in
            try await harness.inject([
                "service": "slack", "method": "users.list", "kind": "serverError", "count": 2,
            ])
            let response = try await harness.transport.send(harness.slackCall("users.list"))
            #expect(response.status == 200)
            #expect(harness.count("slack", "users.list") == 3)
            #expect(harness.clock.sleeps.withLock { $0 } == [0.25, 0.5])
        }
    }

    @Test func retriesAReadAfterADroppedConnection() async throws {
        try await withHarness { harness in
            try await harness.inject([
                "service": "slack", "method": "users.list", "kind": "dropConnection", "count": 1,
            ])
            let response = try await harness.transport.send(harness.slackCall("users.list"))
            #expect(response.status == 200)
            #expect(harness.count("slack", "users.list") == 2)
        }
    }

    @Test func neverResendsACreateWhoseFirstAttemptFailedUncertainly() async throws {
        try await withHarness { harness in
            try await harness.inject([
                "service": "slack", "method": "conversations.create", "kind": "serverError",
                "count": 1,
            ])
            let call = harness.slackCall("conversations.create", safety: .nonIdempotentWrite)
            await #expect(
                throws: TransportError.uncertain(method: "conversations.create", reason: "HTTP 500")
            ) {
                try await harness.transport.send(call)
            }
            #expect(harness.count("slack", "conversations.create") == 1)
        }
    }

    @Test func countsEveryAttemptAndLogsNoSecret() async throws {
        try await withHarness { harness in
            try await harness.inject([
                "service": "slack", "method": "auth.test", "kind": "rateLimited", "count": 1,
            ])
            _ = try await harness.transport.send(harness.slackCall("auth.test"))
            let flashduty =
                (harness.server.endpoint("flashduty")?.url ?? "")
                + "member/info?app_key=fd-sandbox-demo"
            let call = PlatformCall(
                platform: "flashduty", method: "/member/info",
                bucket: BucketKey(platform: "flashduty", tenant: "account", family: "api"),
                safety: .read,
                request: HTTPClientRequest(
                    method: "POST", url: flashduty, headers: [("Content-Type", "application/json")],
                    body: Data("{}".utf8)))
            _ = try await harness.transport.send(call)
            #expect(harness.transport.log.counters["slack"]?["auth.test"] == 2)
            #expect(harness.transport.log.total(platform: "flashduty") == 1)
            let lines = harness.lines.all
            #expect(lines.count == 3)
            #expect(
                lines.contains {
                    $0.contains("method=auth.test") && $0.contains("status=429")
                        && $0.contains("attempt=1")
                })
            #expect(lines.contains { $0.contains("app_key=<redacted>") })
            for line in lines {
                #expect(
                    !line.contains("fd-sandbox-demo")
                        && !line.contains(PlatformTransportTests.token))
            }
        }
    }
}

/// Log lines collected from the transport.
final class LogLines: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    var all: [String] { lines.withLock { $0 } }
}
