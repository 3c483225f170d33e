import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox
import Testing

/// Every adapter against a sandbox that throttles one call forever: the caller gets a
/// `.rateLimited` refusal with the platform's own code once the attempts run out, and the waits
/// are fake, so nothing hangs.
@Suite(.timeLimit(.minutes(1))) struct ThrottledForeverTests {
    /// A sandbox, and what the adapters on it share: one client, one fake clock, one log.
    private struct Harness {
        let server: SandboxServer
        let client: HTTPClient
        let clock: FakeClock
        let log: RequestLog
        let retry: RetryPolicy

        var limiter: RateLimiter { RateLimiter(now: clock.now, sleep: clock.sleep) }

        func transport(
            _ classify: @escaping @Sendable (HTTPClientResponse) -> ResponseVerdict
        ) -> PlatformTransport {
            PlatformTransport(
                client: client, limiter: limiter, log: log, retry: retry, classify: classify,
                sleep: clock.sleep)
        }

        func url(_ service: String) -> String { server.endpoint(service)?.url ?? "" }

        /// Throttles every call of one method, with no count, so the rule never runs out.
        func throttleForever(_ service: String, _ method: String) async throws {
            try await server.postAdmin(
                "faults", ["service": service, "method": method, "kind": "rateLimited"],
                with: client)
        }

        func count(_ service: String, _ method: String) -> Int {
            server.store.snapshot.counters.count(service: service, method: method)
        }

        var slept: Double { clock.sleeps.withLock { $0.reduce(0, +) } }
    }

    private func withHarness(_ body: (Harness) async throws -> Void) async throws {
        var seed = SandboxSeed.demo
        seed.frozenClock = 1_800_000_000
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        var retry = RetryPolicy()
        retry.random = { 0.5 }
        try await body(
            Harness(
                server: server, client: HTTPClient(), clock: FakeClock(), log: RequestLog(),
                retry: retry))
    }

    /// The refusal a call throws, or nil when it throws something else or nothing.
    private static func refusal(_ body: () async throws -> Void) async -> PlatformError? {
        do {
            try await body()
            return nil
        } catch {
            return error as? PlatformError
        }
    }

    /// Checks a refusal names the platform, the call and its code, and that the call was sent
    /// exactly as often as the retry policy allows.
    private static func expectGaveUp(
        _ refusal: PlatformError?, platform: String, call: String, code: String,
        harness: Harness, service: String
    ) {
        #expect(refusal?.kind == .rateLimited)
        #expect(refusal?.platform == platform)
        #expect(refusal?.call == call)
        #expect(refusal?.code == code)
        #expect(refusal?.message.contains("still throttled after 5 attempts") == true)
        #expect(harness.count(service, call) == harness.retry.maxAttempts)
    }

    @Test func slackAnswersRatelimitedOnceTheAttemptsRunOut() async throws {
        try await withHarness { harness in
            try await harness.throttleForever("slack", "conversations.list")
            let slack = SlackAdapter(
                baseURL: harness.url("slack"), token: "xoxb-sandbox-demo",
                transport: harness.transport(SlackAdapter.verdict), workspace: "T0SANDBOX")
            let refusal = await Self.refusal { _ = try await slack.channels() }
            Self.expectGaveUp(
                refusal, platform: "Slack", call: "conversations.list", code: "ratelimited",
                harness: harness, service: "slack")
            // Four waits of at least the fault's Retry-After (1 s) between five attempts, and
            // for tier 2's slow refill.
            #expect(harness.slept >= 4 && harness.slept < 30)
        }
    }

    @Test(arguments: [FeishuAdapter.Brand.feishu, .lark])
    func feishuAndLarkAnswer99991400OnceTheAttemptsRunOut(
        brand: FeishuAdapter.Brand
    )
        async throws
    {
        try await withHarness { harness in
            try await harness.throttleForever(brand.rawValue, "im.v1.chat.list")
            let feishu = FeishuAdapter(
                brand: brand,
                baseURL: harness.url(brand.rawValue).replacingOccurrences(
                    of: "/open-apis/", with: ""),
                appID: "cli_\(brand.rawValue)_demo",
                appSecret: "sandbox-\(brand.rawValue)-demo-secret",
                transport: harness.transport(FeishuAdapter.verdict), now: harness.clock.now)
            let refusal = await Self.refusal { _ = try await feishu.chats() }
            Self.expectGaveUp(
                refusal, platform: brand.displayName, call: "im.v1.chat.list", code: "99991400",
                harness: harness, service: brand.rawValue)
            #expect(refusal?.message.hasPrefix("request trigger frequency limit") == true)
            #expect(harness.slept == 4)
        }
    }

    private func dingTalk(_ harness: Harness) -> DingTalkAdapter {
        let base = harness.url("dingtalk")
        return DingTalkAdapter(
            options: DingTalkOptions(
                appKey: "dingsandboxdemo", appSecret: "sandbox-demo-secret", apiBaseURL: base,
                oapiBaseURL: base),
            client: harness.client, limiter: harness.limiter, log: harness.log,
            retry: harness.retry, sleep: harness.clock.sleep, now: harness.clock.now)
    }

    @Test func dingTalkV1AnswersItsQpsLimitOnceTheAttemptsRunOut() async throws {
        try await withHarness { harness in
            let method = "v1.0/im/sceneGroups/query"
            try await harness.throttleForever("dingtalk", method)
            let refusal = await Self.refusal {
                _ = try await dingTalk(harness).sceneGroup(id: "cid-none")
            }
            Self.expectGaveUp(
                refusal, platform: "DingTalk", call: method,
                code: "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", harness: harness,
                service: "dingtalk")
        }
    }

    @Test func dingTalkOapiAnswers90018OnceTheAttemptsRunOut() async throws {
        try await withHarness { harness in
            let method = "topapi/v2/user/getbymobile"
            try await harness.throttleForever("dingtalk", method)
            let refusal = await Self.refusal {
                _ = try await dingTalk(harness).userID(mobile: "+86-13800000001")
            }
            Self.expectGaveUp(
                refusal, platform: "DingTalk", call: method, code: "90018", harness: harness,
                service: "dingtalk")
        }
    }

    @Test func weComAnswers45009OnceTheAttemptsRunOut() async throws {
        try await withHarness { harness in
            try await harness.throttleForever("wecom", "appchat/get")
            let wecom = WeComAdapter(
                options: WeComOptions(
                    corpID: "wwsandboxcorp", agentID: 1_000_002,
                    corpSecret: "sandbox-demo-secret", baseURL: harness.url("wecom")),
                client: harness.client, limiter: harness.limiter, log: harness.log,
                retry: harness.retry, sleep: harness.clock.sleep, now: harness.clock.now)
            let refusal = await Self.refusal { _ = try await wecom.appChat(id: "inc1") }
            Self.expectGaveUp(
                refusal, platform: "WeCom", call: "appchat/get", code: "45009", harness: harness,
                service: "wecom")
            // WeCom states no wait, so the transport backs off: 0.25, 0.5, 1 and 2 s at half
            // jitter.
            #expect(harness.slept == 3.75)
        }
    }

    @Test func flashdutyAnswersRequestTooFrequentlyOnceTheAttemptsRunOut() async throws {
        try await withHarness { harness in
            try await harness.throttleForever("flashduty", "team/list")
            let flashduty = FlashdutyAdapter(
                baseURL: String(harness.url("flashduty").dropLast()), appKey: "fd-sandbox-demo",
                transport: harness.transport(FlashdutyErrorCode.verdict))
            let refusal = await Self.refusal { _ = try await flashduty.teams() }
            #expect(refusal?.kind == .rateLimited)
            #expect(refusal?.platform == "Flashduty")
            #expect(refusal?.call == "/team/list")
            #expect(refusal?.code == "RequestTooFrequently")
            #expect(refusal?.message.contains("request ") == true)
            #expect(refusal?.message.hasSuffix("still throttled after 5 attempts") == true)
            #expect(harness.count("flashduty", "team/list") == 5)
        }
    }

    @Test func theBareTransportKeepsTheLastThrottledAnswer() async throws {
        try await withHarness { harness in
            try await harness.throttleForever("slack", "auth.test")
            let call = PlatformCall(
                platform: "slack", method: "auth.test",
                bucket: BucketKey(platform: "slack", tenant: "T0SANDBOX", family: "special"),
                safety: .read,
                request: HTTPClientRequest(
                    method: "POST", url: harness.url("slack") + "auth.test",
                    headers: [("Authorization", "Bearer xoxb-sandbox-demo")], body: Data()))
            do {
                _ = try await harness.transport(SlackAdapter.verdict).send(call)
                Issue.record("a call throttled forever came back")
            } catch TransportError.throttled(let answer, let attempts) {
                #expect(answer.status == 429)
                #expect(attempts == 5)
                #expect(String(decoding: answer.body, as: UTF8.self).contains("ratelimited"))
            }
        }
    }
}
