import Foundation
import MusterSandbox

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A small HTTP client for the tests: one URLSession, so keep-alive applies.
struct SandboxClient {
    /// How to send a Web API call's arguments.
    enum Encoding {
        case form, json, query
    }

    /// An answer: status, lowercased headers and the JSON body.
    struct Reply {
        var status: Int
        var headers: [String: String]
        var json: [String: Any]

        var ok: Bool { json["ok"] as? Bool == true }
        var error: String? { json["error"] as? String }
        subscript(key: String) -> Any? { json[key] }
    }

    let base: String
    var token: String? = "xoxb-sandbox-demo"
    let session: URLSession

    init(base: String, token: String? = "xoxb-sandbox-demo", session: URLSession = .shared) {
        self.base = base
        self.token = token
        self.session = session
    }

    /// Calls a Slack method, by default as slack_sdk does: POST with a form body.
    func call(
        _ method: String, _ arguments: [String: String] = [:], encoding: Encoding = .form
    ) async throws -> Reply {
        var components = URLComponents(string: base + method)!
        if encoding == .query {
            components.queryItems = arguments.map { URLQueryItem(name: $0.key, value: $0.value) }
        }
        var request = URLRequest(url: components.url!)
        request.httpMethod = encoding == .query ? "GET" : "POST"
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        switch encoding {
        case .form:
            request.setValue(
                "application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            var form = URLComponents()
            form.queryItems = arguments.map { URLQueryItem(name: $0.key, value: $0.value) }
            request.httpBody = Data(
                (form.percentEncodedQuery ?? "")
                    .replacingOccurrences(of: "+", with: "%2B").utf8)
        case .json:
            request.setValue("application/json;charset=utf-8", forHTTPHeaderField: "Content-Type")
            request.httpBody = try JSONSerialization.data(withJSONObject: arguments)
        case .query:
            break
        }
        return try await send(request)
    }

    /// Calls an admin route with an optional JSON body.
    func admin(_ method: String, _ route: String, body: Any? = nil) async throws -> Reply {
        let root = base.replacingOccurrences(of: "/api/", with: "")
        var request = URLRequest(url: URL(string: root + "/_sandbox/" + route)!)
        request.httpMethod = method
        if let body { request.httpBody = try JSONSerialization.data(withJSONObject: body) }
        return try await send(request)
    }

    func send(_ request: URLRequest) async throws -> Reply {
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return Reply(status: http.statusCode, headers: headers, json: json)
    }
}

/// Starts a sandbox on ephemeral ports for one test and stops it afterwards.
func withSandbox<R>(
    seed: SandboxSeed = .demo, stateDirectory: String? = nil,
    _ body: (SandboxServer, SandboxClient) async throws -> R
) async throws -> R {
    let server = try SandboxServer(
        options: .init(stateDirectory: stateDirectory, seed: seed.frozen()))
    defer { server.stop() }
    let client = SandboxClient(base: server.endpoint("slack")!.url)
    return try await body(server, client)
}

extension SandboxSeed {
    /// The seed with its clock frozen, unless it already chose: tests then see rate windows
    /// and expiries move only when they advance the clock, however slow the machine is.
    func frozen() -> SandboxSeed {
        var seed = self
        seed.frozenClock = seed.frozenClock ?? Date().timeIntervalSince1970.rounded(.down)
        return seed
    }
}
