import Foundation
import MusterSandbox

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A small DingTalk client for the tests, speaking both API generations over loopback.
struct DingTalkClient {
    /// An answer: status and the JSON body.
    struct Reply {
        var status: Int
        var json: [String: Any]

        subscript(key: String) -> Any? { json[key] }
        var errcode: Int? { json["errcode"] as? Int }
        var code: String? { json["code"] as? String }
    }

    let root: String
    var token = ""

    init(server: SandboxServer) {
        root = server.endpoint("dingtalk")!.url
    }

    /// Fetches a v1.0 token for an app and keeps it.
    mutating func signIn(
        appKey: String = "dingsandboxdemo", appSecret: String = "sandbox-demo-secret"
    ) async throws {
        let reply = try await v1(
            "v1.0/oauth2/accessToken", ["appKey": appKey, "appSecret": appSecret])
        token = reply["accessToken"] as? String ?? ""
    }

    /// A v1.0 call: JSON POST with the token header.
    func v1(_ path: String, _ body: [String: Any]) async throws -> Reply {
        var request = URLRequest(url: URL(string: root + path)!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(token, forHTTPHeaderField: "x-acs-dingtalk-access-token")
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        return try await send(request)
    }

    /// An old oapi call: the token in the query, a JSON body when there is one.
    func oapi(
        _ path: String, query: [String: String] = [:], _ body: [String: Any]? = nil
    )
        async throws -> Reply
    {
        var components = URLComponents(string: root + path)!
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
        var request = URLRequest(url: URL(string: root + "_sandbox/" + route)!)
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
