import Foundation
import MusterSandbox
import Testing

@Suite struct FlashdutyTransportTests {
    @Test func answersWithTheSuccessEnvelopeAndTheRequestIdHeader() async throws {
        try await withFlashduty { _, flashduty, _ in
            let reply = try await flashduty.call("/member/info")
            #expect(reply.status == 200)
            let id = reply.json["request_id"] as? String
            #expect(id?.count == 26)
            #expect(reply.headers["flashcat-request-id"] == id)
            #expect(reply.data["member_id"] as? Int == 1001)
            #expect(reply.json["error"] == nil)
        }
    }

    @Test(arguments: [nil, "nope", "fd-sandbox-revoked"])
    func refusesAMissingUnknownOrRevokedAppKey(key: String?) async throws {
        try await withFlashduty { _, flashduty, _ in
            var client = flashduty
            client.appKey = key
            let reply = try await client.call("/member/list")
            #expect(reply.status == 401)
            #expect(reply.code == "Unauthorized")
            #expect(reply.json["request_id"] is String)
        }
    }

    @Test func answersErrorCodesWithTheirHTTPStatuses() async throws {
        try await withFlashduty { _, flashduty, _ in
            let form = try await flashduty.call("/member/list", contentType: "text/plain")
            #expect(form.status == 400 && form.code == "InvalidContentType")
            let missing = try await flashduty.call(
                "/incident/info", ["incident_id": "0123456789abcdef01234567"])
            #expect(missing.status == 400 && missing.code == "ResourceNotFound")
            let route = try await flashduty.call("/no/such/route")
            #expect(route.status == 404 && route.code == "RouteNotFound")
            let invalid = try await flashduty.call("/member/list", ["limit": 101])
            #expect(invalid.status == 400 && invalid.code == "InvalidParameter")
            let deep = try await flashduty.call("/member/list", ["limit": 100, "p": 101])
            #expect(deep.code == "InvalidParameter")
        }
    }

    /// The per-minute window is used so that a slow machine cannot let the window pass
    /// between the calls; the per-second window is the same code with a shorter length.
    @Test func limitsAnAccountToItsRequestsPerWindow() async throws {
        var seed = SandboxSeed.demo
        seed.flashduty?.rateLimits = FlashdutyRateLimits(
            isEnabled: true, perSecond: 1000, perMinute: 2)
        try await withFlashduty(seed: seed) { _, flashduty, _ in
            var codes: [String?] = []
            for _ in 0..<2 { codes.append(try await flashduty.call("/member/info").code) }
            #expect(codes.allSatisfy { $0 == nil })
            let limited = try await flashduty.call("/member/info")
            #expect(limited.status == 429 && limited.code == "RequestTooFrequently")
            #expect(limited.headers["retry-after"] != nil)
        }
    }

    @Test func rendersAnInjectedFaultInTheFlashdutyEnvelope() async throws {
        try await withFlashduty { server, flashduty, _ in
            server.store.update { world in
                world.faults.add(
                    FaultRule(
                        service: "flashduty", method: "incident/list", kind: .rateLimited, count: 1,
                        retryAfter: 3))
                return ((), false)
            }
            let now = Int(Date().timeIntervalSince1970)
            let reply = try await flashduty.call(
                "/incident/list", ["start_time": now - 3600, "end_time": now])
            #expect(reply.status == 429 && reply.code == "RequestTooFrequently")
            #expect(reply.headers["retry-after"] == "3")
        }
    }
}
