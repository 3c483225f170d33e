import Foundation
import MusterHTTP
import MusterSandbox

extension SandboxServer {
    /// Posts a JSON body to one of the sandbox's admin routes, such as `faults`.
    func postAdmin(_ route: String, _ body: [String: Any], with client: HTTPClient) async throws {
        let url = (endpoint("admin")?.url ?? "") + route
        _ = try await client.send(
            HTTPClientRequest(
                method: "POST", url: url, headers: [("Content-Type", "application/json")],
                body: try JSONSerialization.data(withJSONObject: body)))
    }
}
