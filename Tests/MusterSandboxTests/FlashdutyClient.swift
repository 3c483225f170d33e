import Foundation
import MusterSandbox

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A Flashduty Open API client for the tests: POST JSON with `app_key` in the query.
struct FlashdutyClient {
    /// An answer: status, lowercased headers and the JSON envelope.
    struct Reply {
        var status: Int
        var headers: [String: String]
        var json: [String: Any]

        var data: [String: Any] { json["data"] as? [String: Any] ?? [:] }
        var code: String? { (json["error"] as? [String: Any])?["code"] as? String }
        var items: [[String: Any]] { data["items"] as? [[String: Any]] ?? [] }
    }

    let base: String
    var appKey: String? = "fd-sandbox-demo"

    func call(
        _ path: String, _ body: [String: Any] = [:], contentType: String = "application/json"
    ) async throws -> Reply {
        var components = URLComponents(string: base + path.dropFirst())!
        if let appKey { components.queryItems = [URLQueryItem(name: "app_key", value: appKey)] }
        var request = URLRequest(url: components.url!)
        request.httpMethod = "POST"
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            headers[String(describing: name).lowercased()] = String(describing: value)
        }
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return Reply(status: http.statusCode, headers: headers, json: json)
    }

    /// Calls a Flashduty admin action under `/_sandbox/flashduty/`.
    func admin(_ action: String, _ body: [String: Any]) async throws -> [String: Any] {
        var request = URLRequest(url: URL(string: base + "_sandbox/flashduty/" + action)!)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: request)
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }
}

/// The demo seed with Flashduty's rate limits off, so that tests may call freely.
var flashdutyTestSeed: SandboxSeed {
    var seed = SandboxSeed.demo
    seed.flashduty?.rateLimits = FlashdutyRateLimits(isEnabled: false)
    return seed
}

/// Starts a sandbox for one test and hands over a Flashduty client and a Slack client.
func withFlashduty<R>(
    seed: SandboxSeed = flashdutyTestSeed,
    _ body: (SandboxServer, FlashdutyClient, SandboxClient) async throws -> R
) async throws -> R {
    try await withSandbox(seed: seed) { server, slack in
        try await body(server, FlashdutyClient(base: server.endpoint("flashduty")!.url), slack)
    }
}
