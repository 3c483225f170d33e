import Foundation
import MusterHTTP
import MusterHTTPServer
import Synchronization
import Testing

/// The libcurl client against the project's own loopback server.
@Suite struct HTTPClientTests {
    /// Answers `/echo` with the request, `/big` with 4 KiB, `/slow` after a delay, and
    /// counts how many handlers run at once.
    final class Backend: Sendable {
        let running = Atomic<Int>(0)
        let mostAtOnce = Atomic<Int>(0)

        func respond(_ request: HTTPRequest) -> HTTPResponse {
            switch request.path {
            case "/echo":
                let text =
                    "\(request.method) \(request.headers["x-muster"] ?? "-") "
                    + String(decoding: request.body, as: UTF8.self)
                var response = HTTPResponse.text(text, status: 201)
                response.headers["x-reply"] = "yes"
                return response
            case "/big":
                return HTTPResponse(status: 200, body: [UInt8](repeating: 65, count: 4096))
            case "/slow":
                var response = HTTPResponse.text("late")
                response.delayMilliseconds = 30_000
                return response
            case "/busy":
                let now = running.add(1, ordering: .relaxed).newValue
                _ = mostAtOnce.max(now, ordering: .relaxed)
                usleep(50_000)
                running.subtract(1, ordering: .relaxed)
                return .text("done")
            default:
                return .text("not found", status: 404)
            }
        }
    }

    private func withServer<R>(
        _ body: (HTTPServer, Backend) async throws -> R
    ) async throws -> R {
        let backend = Backend()
        var options = HTTPServer.Options()
        options.threads = 4
        let server = try HTTPServer(options: options, handler: backend.respond)
        defer { server.stop() }
        return try await body(server, backend)
    }

    @Test func sendsMethodHeadersAndBodyAndReadsTheResponse() async throws {
        try await withServer { server, _ in
            let client = HTTPClient()
            let response = try await client.send(
                HTTPClientRequest(
                    method: "POST", url: server.baseURL + "/echo",
                    headers: [("X-Muster", "1"), ("Content-Type", "application/json")],
                    body: Data("{\"a\":1}".utf8)))
            #expect(response.status == 201)
            #expect(String(decoding: response.body, as: UTF8.self) == "POST 1 {\"a\":1}")
            #expect(response.header("X-Reply") == "yes")
        }
    }

    @Test func reusesOneConnectionForSequentialRequests() async throws {
        try await withServer { server, _ in
            let client = HTTPClient()
            for _ in 0..<5 {
                _ = try await client.send(HTTPClientRequest(url: server.baseURL + "/echo"))
            }
            #expect(server.acceptedConnections == 1)
        }
    }

    @Test func refusesABodyOverTheCap() async throws {
        try await withServer { server, _ in
            var options = HTTPClientOptions()
            options.maxBodyBytes = 1024
            let client = HTTPClient(options: options)
            await #expect(throws: HTTPClientError.bodyTooLarge(limit: 1024)) {
                try await client.send(HTTPClientRequest(url: server.baseURL + "/big"))
            }
        }
    }

    @Test func givesUpAfterTheTotalTimeout() async throws {
        try await withServer { server, _ in
            var options = HTTPClientOptions()
            options.totalTimeout = 0.3
            let client = HTTPClient(options: options)
            await #expect(throws: HTTPClientError.timedOut(seconds: 0.3)) {
                try await client.send(HTTPClientRequest(url: server.baseURL + "/slow"))
            }
        }
    }

    @Test func stopsPromptlyWhenTheTaskIsCancelled() async throws {
        try await withServer { server, _ in
            let client = HTTPClient()
            let started = ContinuousClock.now
            let task = Task {
                try await client.send(HTTPClientRequest(url: server.baseURL + "/slow"))
            }
            try await Task.sleep(for: .milliseconds(100))
            task.cancel()
            let result = await task.result
            #expect(throws: HTTPClientError.cancelled) { try result.get() }
            // Far sooner than the 30 s answer; the margin allows for a busy machine.
            #expect(ContinuousClock.now - started < .seconds(15))
        }
    }

    @Test func boundsTheRequestsInFlight() async throws {
        try await withServer { server, backend in
            var options = HTTPClientOptions()
            options.maxConcurrentRequests = 2
            let client = HTTPClient(options: options)
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await client.send(HTTPClientRequest(url: server.baseURL + "/busy"))
                            .status
                    }
                }
                for try await status in group { #expect(status == 200) }
            }
            #expect(backend.mostAtOnce.load(ordering: .relaxed) <= 2)
            #expect(backend.mostAtOnce.load(ordering: .relaxed) >= 1)
        }
    }

    @Test func reportsAConnectionThatIsRefused() async throws {
        let client = HTTPClient()
        // Port 1 on loopback has no listener.
        do {
            _ = try await client.send(HTTPClientRequest(url: "http://127.0.0.1:1/"))
            Issue.record("expected a transport error")
        } catch {
            guard case .transport(let code, _) = error else {
                Issue.record("expected a transport error, got \(error)")
                return
            }
            #expect(code == 7)
            #expect(error.isTransient)
        }
    }

    @Test func verifiesTLSCertificates() async throws {
        // A TLS handshake with a plain-HTTP server fails instead of falling back to cleartext.
        try await withServer { server, _ in
            let client = HTTPClient()
            let url = server.baseURL.replacingOccurrences(of: "http://", with: "https://") + "/echo"
            await #expect(throws: HTTPClientError.self) {
                try await client.send(HTTPClientRequest(url: url))
            }
        }
    }
}
