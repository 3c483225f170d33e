import Foundation
import MusterSandbox

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A small Open API client for the Feishu tests: fetches a tenant token, then sends JSON.
struct FeishuClient {
    /// An answer: status, lowercased headers and the JSON body.
    struct Reply {
        var status: Int
        var headers: [String: String]
        var json: [String: Any]

        var code: Int? { json["code"] as? Int }
        var data: [String: Any] { json["data"] as? [String: Any] ?? [:] }
        var error: [String: Any] { json["error"] as? [String: Any] ?? [:] }
        subscript(key: String) -> Any? { data[key] }
    }

    /// The endpoint URL, ending in `/open-apis/`.
    let base: String
    var token: String?

    /// A client holding a fresh token of the app.
    static func signedIn(
        base: String, appId: String = "cli_feishu_demo",
        secret: String = "sandbox-feishu-demo-secret"
    ) async throws -> FeishuClient {
        var client = FeishuClient(base: base, token: nil)
        let reply = try await client.requestToken(appId: appId, secret: secret)
        client.token = reply.json["tenant_access_token"] as? String
        return client
    }

    /// Asks for a tenant token, with no Content-Type, as lark_oapi does.
    func requestToken(appId: String, secret: String) async throws -> Reply {
        try await call(
            "POST", "auth/v3/tenant_access_token/internal",
            body: ["app_id": appId, "app_secret": secret], contentType: nil)
    }

    /// Calls an operation with a query and an optional JSON body.
    func call(
        _ method: String, _ path: String, query: [String: String] = [:], body: Any? = nil,
        contentType: String? = "application/json; charset=utf-8"
    ) async throws -> Reply {
        var components = URLComponents(string: base + path)!
        if !query.isEmpty {
            components.queryItems = query.sorted { $0.key < $1.key }
                .map { URLQueryItem(name: $0.key, value: $0.value) }
        }
        var request = URLRequest(url: components.url!)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
            request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        }
        return try await send(request)
    }

    /// Calls an admin route with an optional JSON body.
    func admin(_ method: String, _ route: String, body: Any? = nil) async throws -> Reply {
        let root = base.replacingOccurrences(of: "/open-apis/", with: "")
        var request = URLRequest(url: URL(string: root + "/_sandbox/" + route)!)
        request.httpMethod = method
        if let body { request.httpBody = try JSONSerialization.data(withJSONObject: body) }
        return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> Reply {
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return Reply(status: http.statusCode, headers: headers, json: json)
    }

    /// Creates a chat and returns its id.
    func createChat(
        _ name: String, members: [Int] = [], uuid: String? = nil
    ) async throws
        -> String
    {
        let reply = try await call(
            "POST", "im/v1/chats", query: uuid.map { ["uuid": $0] } ?? [:],
            body: ["name": name, "user_id_list": members.map(FeishuSeed.demoOpenId)])
        return reply["chat_id"] as? String ?? ""
    }
}

/// Starts a sandbox for one test, signs in the demo app on the Feishu port, and stops it after.
func withFeishu<R>(
    seed: SandboxSeed = .demo, stateDirectory: String? = nil, service: String = "feishu",
    _ body: (SandboxServer, FeishuClient) async throws -> R
) async throws -> R {
    let server = try SandboxServer(
        options: .init(stateDirectory: stateDirectory, seed: seed.frozen()))
    defer { server.stop() }
    let client = try await FeishuClient.signedIn(
        base: server.endpoint(service)!.url, appId: "cli_\(service)_demo",
        secret: "sandbox-\(service)-demo-secret")
    return try await body(server, client)
}
