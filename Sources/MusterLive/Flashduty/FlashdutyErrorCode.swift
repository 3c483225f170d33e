import Foundation
import MusterHTTP

/// How Flashduty's error codes read: to the transport (throttled, transient, final) and to
/// Muster (the kind of `PlatformError`).
package enum FlashdutyErrorCode {
    /// The classifier a Flashduty transport uses.
    ///
    /// HTTP 429 or `RequestTooFrequently` is throttling (waiting out `Retry-After` when sent);
    /// a 5xx, `InternalError` or `ServiceUnavailable` is worth another try. The `X-RateLimit-*`
    /// headers, if the service sends them, are the verdict's hint (see `rateLimitHint(in:now:)`).
    @Sendable package static func verdict(_ response: HTTPClientResponse) -> ResponseVerdict {
        let hint = rateLimitHint(in: response, now: Date().timeIntervalSince1970)
        let code = errorCode(in: response)
        if response.status == 429 || code == "RequestTooFrequently" {
            let retryAfter = RateLimitHint.number(response.header("retry-after"))
            return ResponseVerdict(.throttled(retryAfter: retryAfter), hint: hint)
        }
        if response.status >= 500 || code == "InternalError" || code == "ServiceUnavailable" {
            return ResponseVerdict(.transient, hint: hint)
        }
        return ResponseVerdict(.final, hint: hint)
    }

    /// What `X-RateLimit-Remaining` and `X-RateLimit-Reset` say, or nil without either.
    ///
    /// go-flashduty reads these headers "best effort"; whether the service sends them is
    /// unconfirmed (API-NOTES.md §1.4). The reset is Unix seconds, as go-flashduty reads it, or
    /// a number of seconds when it is too small to be a time. `X-RateLimit-Limit` is left out:
    /// it does not say its window, and the account has two (50 a second and 1,000 a minute), so
    /// no rate can be read from it safely.
    ///
    /// - Parameter now: The time, in seconds since 1970, that a Unix reset is counted from.
    package static func rateLimitHint(
        in response: HTTPClientResponse, now: Double
    ) -> RateLimitHint? {
        let remaining = RateLimitHint.number(response.header("x-ratelimit-remaining"))
        let reset = RateLimitHint.number(response.header("x-ratelimit-reset")).map { reset in
            reset >= unixTimeThreshold ? max(0, reset - now) : reset
        }
        let hint = RateLimitHint(remaining: remaining, resetSeconds: reset)
        return hint.isEmpty ? nil : hint
    }

    /// The smallest reset read as a Unix time rather than a wait: September 2001.
    private static let unixTimeThreshold = 1e9

    /// The typed refusal in an answer's error envelope, or nil when there is none.
    static func refusal(in response: HTTPClientResponse, call: String) -> PlatformError? {
        let envelope = try? FlashdutyEnvelope<FlashdutyEmpty>.decoder.decode(
            FlashdutyEnvelope<FlashdutyEmpty>.self, from: response.body)
        guard let envelope, let failure = envelope.failure else { return nil }
        let requestID = envelope.requestId ?? response.header("flashcat-request-id") ?? "-"
        return error(failure, call: call, requestID: requestID)
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
