import Foundation
import MusterHTTP

/// The Flashduty Open API: typed reads and writes of members, roles, integrations, incidents
/// and war rooms, sent through the platform transport.
///
/// Every call is a JSON `POST` with the app key in the `app_key` query; the key is never
/// logged (the request log redacts it). Answers are the `{request_id, data}` envelope, and a
/// `{request_id, error}` envelope becomes a `PlatformError` with Flashduty's own code.
package actor FlashdutyAdapter {
    package static let defaultBaseURL = "https://api.flashcat.cloud"
    /// The largest page Flashduty serves.
    package static let pageLimit = 100

    let baseURL: String
    private let appKey: String
    let transport: PlatformTransport
    let bucket: BucketKey

    /// - Parameters:
    ///   - baseURL: The API root, without a trailing slash.
    ///   - appKey: The account's app key, already resolved by the caller.
    ///   - transport: A transport built with `FlashdutyAdapter.verdict` as its classifier.
    package init(
        baseURL: String = FlashdutyAdapter.defaultBaseURL, appKey: String,
        transport: PlatformTransport
    ) {
        precondition(!appKey.isEmpty, "a Flashduty app key is required")
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.appKey = appKey
        self.transport = transport
        self.bucket = BucketKey(platform: "flashduty", tenant: "account", family: "api")
    }

    /// Sends one call and decodes its `data`.
    ///
    /// - Throws: `PlatformError` for an error envelope or for throttling that outlasts every
    ///   attempt (`.rateLimited`, `RequestTooFrequently`), `TransportError` when no final answer
    ///   came.
    func post<Result: Decodable>(
        _ path: String, _ body: [String: Any] = [:], safety: CallSafety = .read,
        as type: Result.Type = Result.self
    ) async throws -> Result {
        let call = try makeCall(path, body, safety: safety)
        let response = try await transport.send(call, platformName: "Flashduty") { answer in
            FlashdutyErrorCode.refusal(in: answer, call: path)
        }
        return try FlashdutyEnvelope.decode(response, call: path, as: type)
    }

    /// Sends one write whose answer carries no data worth reading.
    func perform(_ path: String, _ body: [String: Any], safety: CallSafety) async throws {
        _ = try await post(path, body, safety: safety, as: FlashdutyEmpty.self)
    }

    private func makeCall(
        _ path: String, _ body: [String: Any], safety: CallSafety
    ) throws -> PlatformCall {
        let key = appKey.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let request = HTTPClientRequest(
            method: "POST", url: "\(baseURL)\(path)?app_key=\(key)",
            headers: [("Content-Type", "application/json"), ("Accept", "application/json")],
            body: try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]))
        return PlatformCall(
            platform: "flashduty", method: path, bucket: bucket, safety: safety, request: request)
    }
}
