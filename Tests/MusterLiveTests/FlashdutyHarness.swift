import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox

/// A sandbox with a larger Flashduty organisation, and an adapter on it whose waits are fake.
///
/// The demo seed gains members 2001-2200 (250 in all, so `/member/list` takes three pages of
/// 100), 120 recent incidents (two pages of `/incident/list`) and one 40 days old (a second
/// 31-day window). The account's own rate limits are off, so only injected faults throttle.
struct FlashdutyHarness {
    static let extraMembers = 200
    static let recentIncidents = 120
    static let frozenClock = 1_800_000_000

    let server: SandboxServer
    let client: HTTPClient
    let clock: FakeClock
    let lines: LogLines
    let log: RequestLog
    let adapter: FlashdutyAdapter

    var now: Int { Self.frozenClock }

    static func run<R>(
        client options: HTTPClientOptions = HTTPClientOptions(),
        _ body: (FlashdutyHarness) async throws -> R
    ) async throws -> R {
        let server = try SandboxServer(options: .init(seed: try makeSeed()))
        defer { server.stop() }
        let clock = FakeClock()
        let lines = LogLines()
        let log = RequestLog { line in lines.append(line) }
        let client = HTTPClient(options: options)
        let harness = FlashdutyHarness(
            server: server, client: client, clock: clock, lines: lines, log: log,
            adapter: makeAdapter(key: "fd-sandbox-demo", server, client, clock, log))
        return try await body(harness)
    }

    /// Another adapter on the same sandbox, with another app key.
    func adapter(key: String) -> FlashdutyAdapter {
        Self.makeAdapter(key: key, server, client, clock, log)
    }

    private static func makeAdapter(
        key: String, _ server: SandboxServer, _ client: HTTPClient, _ clock: FakeClock,
        _ log: RequestLog
    ) -> FlashdutyAdapter {
        var retry = RetryPolicy()
        retry.random = { 0.5 }
        let transport = PlatformTransport(
            client: client, limiter: RateLimiter(now: clock.now, sleep: clock.sleep), log: log,
            retry: retry, classify: FlashdutyErrorCode.verdict, sleep: clock.sleep)
        let url = String((server.endpoint("flashduty")?.url ?? "").dropLast())
        return FlashdutyAdapter(baseURL: url, appKey: key, transport: transport)
    }

    private static func makeSeed() throws -> SandboxSeed {
        var seed = SandboxSeed.demo
        seed.frozenClock = Double(frozenClock)
        var flashduty = seed.flashduty ?? FlashdutySeed()
        let decoder = JSONDecoder()
        flashduty.members += try (1...extraMembers).map { number in
            let json =
                #"{"id": \#(2000 + number), "name": "Extra \#(number)", "#
                + #""email": "extra\#(number)@example.com", "emailVerified": true}"#
            return try decoder.decode(FlashdutySeed.Member.self, from: Data(json.utf8))
        }
        var incidents = try (1...recentIncidents).map { number in
            let json =
                #"{"title": "Flap \#(number)", "severity": "Info", "channelId": 4002, "#
                + #""responderIds": [1005], "ageSeconds": \#(number * 60)}"#
            return try decoder.decode(FlashdutySeed.Incident.self, from: Data(json.utf8))
        }
        let old = #"{"title": "Old outage", "severity": "Critical", "ageSeconds": 3456000}"#
        incidents.append(try decoder.decode(FlashdutySeed.Incident.self, from: Data(old.utf8)))
        flashduty.incidents = (flashduty.incidents ?? []) + incidents
        flashduty.rateLimits = FlashdutyRateLimits(isEnabled: false)
        seed.flashduty = flashduty
        return seed
    }

    func inject(_ fault: [String: Any]) async throws {
        try await server.postAdmin("faults", fault, with: client)
    }

    /// Requests the sandbox answered for a Flashduty path, as `member/list`.
    func count(_ path: String) -> Int {
        server.store.snapshot.counters.count(service: "flashduty", method: path)
    }

    var world: FlashdutyWorld { server.store.snapshot.flashduty }
}
