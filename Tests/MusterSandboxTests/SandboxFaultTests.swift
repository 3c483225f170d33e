import Foundation
import MusterSandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct SandboxFaultTests {
    @Test func answers429WithRetryAfterWhileAnInjectedBurstLasts() async throws {
        try await withSandbox { server, slack in
            let fault: [String: Any] = [
                "service": "slack", "method": "conversations.create", "kind": "rateLimited",
                "retryAfter": 7, "count": 2,
            ]
            #expect(try await slack.admin("POST", "faults", body: fault).ok)
            for _ in 0..<2 {
                let limited = try await slack.call("conversations.create", ["name": "inc-429"])
                #expect(limited.status == 429)
                #expect(limited.headers["retry-after"] == "7")
                #expect(limited.headers["x-oauth-scopes"]?.contains("channels:manage") == true)
                #expect(limited.error == "ratelimited")
            }
            #expect(try await slack.call("conversations.create", ["name": "inc-429"]).ok)
            #expect(
                server.store.snapshot.counters.count(
                    service: "slack", method: "conversations.create") == 3)
        }
    }

    @Test func tripsAMethodTierAndResetsWhenTheClockAdvancesAMinute() async throws {
        var seed = SandboxSeed.demo
        seed.slack?.rateLimits = SlackRateLimits()
        seed.slack?.rateLimits?.tier4 = 2
        seed.frozenClock = 1_800_000_000
        try await withSandbox(seed: seed) { _, slack in
            #expect(try await slack.call("users.info", ["user": "U00000001"]).ok)
            #expect(try await slack.call("users.info", ["user": "U00000001"]).ok)
            let limited = try await slack.call("users.info", ["user": "U00000001"])
            #expect(limited.status == 429)
            #expect(limited.headers["retry-after"] == "60")
            #expect(try await slack.call("users.lookupByEmail", ["email": "user1@example.com"]).ok)
            _ = try await slack.admin("POST", "clock/advance", body: ["seconds": 60])
            #expect(try await slack.call("users.info", ["user": "U00000001"]).ok)
        }
    }

    @Test func injectsServerErrorsRevokedTokensAndLatency() async throws {
        try await withSandbox { _, slack in
            let faults: [[String: Any]] = [
                [
                    "service": "slack", "method": "auth.test", "kind": "serverError", "status": 503,
                    "count": 1,
                ],
                ["service": "slack", "method": "auth.test", "kind": "revokedToken", "count": 1],
                ["service": "slack", "kind": "latency", "milliseconds": 60, "count": 1],
            ]
            for fault in faults { _ = try await slack.admin("POST", "faults", body: fault) }
            let started = Date()
            let failed = try await slack.call("auth.test")
            #expect(failed.status == 503)
            #expect(Date().timeIntervalSince(started) >= 0.06)
            #expect(try await slack.call("auth.test").error == "token_revoked")
            #expect(try await slack.call("auth.test").ok)
        }
    }

    @Test func dropsTheConnectionWithoutAnAnswer() async throws {
        try await withSandbox { _, slack in
            let fault: [String: Any] = [
                "service": "slack", "method": "auth.test", "kind": "dropConnection",
            ]
            _ = try await slack.admin("POST", "faults", body: fault)
            let fresh = SandboxClient(
                base: slack.base, session: URLSession(configuration: .ephemeral))
            await #expect(throws: (any Error).self) { try await fresh.call("auth.test") }
            #expect(try await slack.admin("DELETE", "faults").ok)
            #expect(try await fresh.call("auth.test").ok)
        }
    }
}
