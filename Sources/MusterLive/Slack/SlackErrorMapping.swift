import Foundation
import MusterHTTP

/// Maps Slack's error strings to the kinds of `PlatformError` (section 5 of the IM reference).
enum SlackErrorMapping {
    private static let kinds: [String: PlatformError.Kind] = [
        "channel_not_found": .notFound, "user_not_found": .notFound,
        "users_not_found": .notFound, "is_archived": .notFound,
        "name_taken": .alreadyExists,
        "already_in_channel": .alreadyMember, "not_in_channel": .notMember,
        "missing_scope": .missingScope, "no_permission": .forbidden,
        "restricted_action": .forbidden, "not_authorized": .forbidden,
        "invalid_auth": .tokenInvalid, "token_revoked": .tokenInvalid,
        "token_expired": .tokenInvalid, "not_authed": .tokenInvalid,
        "account_inactive": .tokenInvalid,
        "ratelimited": .rateLimited, "rate_limited": .rateLimited,
        "internal_error": .serverError, "fatal_error": .serverError,
        "service_unavailable": .serverError, "request_timeout": .serverError,
    ]

    /// The typed refusal in an answer's body, or nil when the body is not an `ok:false` answer.
    static func refusal(in response: HTTPClientResponse, method: String) -> PlatformError? {
        guard
            let envelope = try? JSONDecoder().decode(SlackWire.Envelope.self, from: response.body),
            !envelope.ok
        else { return nil }
        return error(envelope, method: method)
    }

    /// The typed refusal for an `ok:false` answer to a method.
    static func error(_ envelope: SlackWire.Envelope, method: String) -> PlatformError {
        let code = envelope.error ?? "unknown_error"
        let kind = kinds[code] ?? (code.hasPrefix("invalid_") ? .invalidRequest : .other)
        let needed = (envelope.needed ?? "").split(separator: ",").map(String.init)
        return PlatformError(
            kind, platform: "Slack", call: method, code: code, missingScopes: needed)
    }
}
