import Foundation
import MusterSandbox

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A small WeCom client for the tests: the token in the query, JSON bodies with no
/// Content-Type, as wechatpy sends them.
struct WeComClient {
    /// An answer: status and the JSON body.
    struct Reply {
        var status: Int
        var json: [String: Any]

        subscript(key: String) -> Any? { json[key] }
        var errcode: Int? { json["errcode"] as? Int }
    }

    let base: String
    var token = ""

    init(server: SandboxServer) {
        base = server.endpoint("wecom")!.url
    }

    /// Fetches a token for an app's secret and keeps it.
    mutating func signIn(secret: String = "sandbox-demo-secret") async throws {
        let reply = try await call(
            "gettoken", query: ["corpid": "wwsandboxcorp", "corpsecret": secret])
        token = reply["access_token"] as? String ?? ""
    }

    /// A call: GET without a body, POST with one.
    func call(
        _ api: String, query: [String: String] = [:], _ body: [String: Any]? = nil
    )
        async throws -> Reply
    {
        var components = URLComponents(string: base + api)!
        var items = query.map { URLQueryItem(name: $0.key, value: $0.value) }
        if !token.isEmpty { items.append(URLQueryItem(name: "access_token", value: token)) }
        components.queryItems = items
        var request = URLRequest(url: components.url!)
        request.httpMethod = body == nil ? "GET" : "POST"
        if let body { request.httpBody = try JSONSerialization.data(withJSONObject: body) }
        return try await send(request)
    }

    /// Calls an admin route with an optional JSON body.
    func admin(_ method: String, _ route: String, body: Any? = nil) async throws -> Reply {
        let root = base.replacingOccurrences(of: "/cgi-bin/", with: "/_sandbox/")
        var request = URLRequest(url: URL(string: root + route)!)
        request.httpMethod = method
        if let body { request.httpBody = try JSONSerialization.data(withJSONObject: body) }
        return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> Reply {
        let (data, response) = try await URLSession.shared.data(for: request)
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return Reply(status: (response as! HTTPURLResponse).statusCode, json: json)
    }
}
