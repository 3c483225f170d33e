import Foundation
import MusterHTTPServer
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct HTTPServerTests {
    private static func echo(_ request: HTTPRequest) -> HTTPResponse {
        let summary =
            "\(request.method) \(request.path) q=\(request.query("a") ?? "-") "
            + "h=\(request.header("X-Probe") ?? "-") body=\(String(decoding: request.body, as: UTF8.self))"
        return HTTPResponse.text(summary)
    }

    @Test(arguments: ["0.0.0.0", "192.168.1.10", "::", "2001:db8::1", "10.0.0.1"])
    func refusesToBindANonLoopbackAddress(host: String) {
        #expect(throws: HTTPServerError.nonLoopbackAddress(host)) {
            try HTTPServer(options: .init(host: host), handler: Self.echo)
        }
    }

    @Test func refusesAHostNameInsteadOfAnAddress() {
        #expect(throws: HTTPServerError.invalidAddress("localhost")) {
            try HTTPServer(options: .init(host: "localhost"), handler: Self.echo)
        }
    }

    @Test func bindsAnEphemeralPortAndReportsIt() async throws {
        let server = try HTTPServer(options: .init(), handler: Self.echo)
        defer { server.stop() }
        #expect(server.port != 0)
        let (data, _) = try await URLSession.shared.data(
            from: URL(string: server.baseURL + "/hello?a=1%202")!)
        #expect(String(decoding: data, as: UTF8.self) == "GET /hello q=1 2 h=- body=")
    }

    @Test func collectsTheWholeBodyOfADeleteRequest() async throws {
        let server = try HTTPServer(options: .init(), handler: Self.echo)
        defer { server.stop() }
        var request = URLRequest(url: URL(string: server.baseURL + "/items")!)
        request.httpMethod = "DELETE"
        request.setValue("yes", forHTTPHeaderField: "X-Probe")
        let body = String(repeating: "x", count: 200_000)
        request.httpBody = Data(body.utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        #expect(String(decoding: data, as: UTF8.self) == "DELETE /items q=- h=yes body=\(body)")
    }

    @Test func keepsOneConnectionAliveAcrossSequentialRequests() async throws {
        let server = try HTTPServer(options: .init(), handler: Self.echo)
        defer { server.stop() }
        let session = URLSession(configuration: .ephemeral)
        for _ in 0..<10 {
            _ = try await session.data(from: URL(string: server.baseURL + "/ping")!)
        }
        #expect(server.acceptedConnections == 1)
    }

    // URLSession on Linux rejects bracketed IPv6 hosts, so this test speaks HTTP/1.0 itself.
    @Test func servesOnIPv6Loopback() throws {
        guard let server = try? HTTPServer(options: .init(host: "::1"), handler: Self.echo) else {
            return  // The machine has no IPv6 loopback.
        }
        defer { server.stop() }
        let reply = try RawHTTP.get(ipv6Loopback: server.port, path: "/v6")
        #expect(reply.hasPrefix("HTTP/1.1 200"))
        #expect(reply.hasSuffix("GET /v6 q=- h=- body="))
    }

    @Test func stoppingTwiceIsHarmless() throws {
        let server = try HTTPServer(options: .init(), handler: Self.echo)
        server.stop()
        server.stop()
    }

    private static func delayed(_ request: HTTPRequest) -> HTTPResponse {
        var response = HTTPResponse.text(request.path)
        // Long enough that a loaded machine cannot make the fast request lose the race.
        if request.path == "/slow" { response.delayMilliseconds = 1500 }
        return response
    }

    @Test func delaysAResponseWithoutHoldingUpOthersOnTheSameThread() async throws {
        var options = HTTPServer.Options()
        options.threads = 1
        let server = try HTTPServer(options: options, handler: Self.delayed)
        defer { server.stop() }
        let order = Mutex<[String]>([])
        // Two sessions with their connections already open, so only the delay differs.
        let sessions = [
            URLSession(configuration: .ephemeral), URLSession(configuration: .ephemeral),
        ]
        for session in sessions {
            _ = try await session.data(from: URL(string: server.baseURL + "/warm")!)
        }
        let get: @Sendable (URLSession, String) async throws -> Void = { session, path in
            _ = try await session.data(from: URL(string: server.baseURL + path)!)
            order.withLock { $0.append(path) }
        }
        async let slow: Void = get(sessions[0], "/slow")
        try await Task.sleep(for: .milliseconds(10))
        try await get(sessions[1], "/fast")
        try await slow
        #expect(order.withLock { $0 } == ["/fast", "/slow"])
        #expect(server.acceptedConnections == 2)
    }

    @Test(arguments: [0, 5, 20, 40])
    func stopsCleanlyWhileResponsesAreDelayed(afterMilliseconds wait: Int) async throws {
        let server = try HTTPServer(options: .init(), handler: Self.delayed)
        let url = URL(string: server.baseURL + "/slow")!
        let session = URLSession(configuration: .ephemeral)
        let requests = (0..<12).map { _ in Task { try? await session.data(from: url) } }
        try await Task.sleep(for: .milliseconds(wait))
        server.stop()
        for request in requests { _ = await request.value }
    }
}
