import MusterHTTP

/// How Flashduty's error codes read: to the transport (throttled, transient, final) and to
/// Muster (the kind of `PlatformError`).
package enum FlashdutyErrorCode {
    /// The classifier a Flashduty transport uses.
    ///
    /// HTTP 429 or `RequestTooFrequently` is throttling (waiting out `Retry-After` when sent);
    /// a 5xx, `InternalError` or `ServiceUnavailable` is worth another try.
    @Sendable package static func verdict(_ response: HTTPClientResponse) -> ResponseVerdict {
        let code = errorCode(in: response)
        if response.status == 429 || code == "RequestTooFrequently" {
            return .throttled(retryAfter: response.header("retry-after").flatMap(Double.init))
        }
        if response.status >= 500 || code == "InternalError" || code == "ServiceUnavailable" {
            return .transient
        }
        return .final
    }

    /// The kind Muster acts on for a Flashduty code.
    package static func kind(of code: String) -> PlatformError.Kind {
        switch code {
        case "ResourceNotFound", "RouteNotFound": return .notFound
        case "AccessDenied", "NoLicense", "BalanceNotEnough", "DangerousOperation",
            "RequestVerifyRequired":
            return .forbidden
        case "Unauthorized": return .tokenInvalid
        case "InvalidParameter", "BadRequest", "InvalidContentType", "EntityTooLarge",
            "MethodNotAllowed", "ReferenceExist":
            return .invalidRequest
        case "RequestTooFrequently": return .rateLimited
        case "InternalError", "ServiceUnavailable": return .serverError
        default: return .other
        }
    }

    static func error(
        _ failure: FlashdutyRefusal, call: String, requestID: String
    ) -> PlatformError {
        let text = failure.message.map { "\($0); " } ?? ""
        return PlatformError(
            kind(of: failure.code), platform: "Flashduty", call: call, code: failure.code,
            message: "\(text)request \(requestID)")
    }

    /// An answer that is not Flashduty's envelope, as a proxy's error page.
    static func undecodable(
        _ response: HTTPClientResponse, call: String, error: any Error
    ) -> PlatformError {
        let kind: PlatformError.Kind = response.status >= 500 ? .serverError : .other
        return PlatformError(
            kind, platform: "Flashduty", call: call, code: "HTTP \(response.status)",
            message: "undecodable answer")
    }

    private struct Probe: Decodable {
        struct Failure: Decodable { var code: String? }
        var error: Failure?
    }

    /// The error code of an answer; a large success body is not parsed twice, since its
    /// code cannot be a throttling or server one worth retrying.
    private static func errorCode(in response: HTTPClientResponse) -> String? {
        guard response.status != 200 || response.body.count < 4096 else { return nil }
        return
            (try? FlashdutyEnvelope<FlashdutyEmpty>.decoder.decode(
                Probe.self, from: response.body))?.error?.code
    }
}
