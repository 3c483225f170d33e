import MusterHTTP

/// Why the transport gave up on a call.
package enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No response: the HTTP client's own error, after the retries it allows.
    case http(HTTPClientError, attempts: Int)
    /// Still throttled after every attempt. The last answer is kept, so that the adapter can
    /// read the platform's own code from it (`PlatformTransport.send(_:platformName:refusal:)`
    /// turns it into a `.rateLimited` `PlatformError`).
    case throttled(lastResponse: HTTPClientResponse, attempts: Int)
    /// Still failing with a server error after every attempt; the last status is kept.
    case exhausted(status: Int, attempts: Int)
    /// A non-idempotent create failed in a way that leaves its effect unknown; the caller must
    /// read the live state before deciding to send it again.
    case uncertain(method: String, reason: String)

    package var description: String {
        switch self {
        case .http(let error, let attempts): return "\(error) (after \(attempts) attempts)"
        case .throttled(let response, let attempts):
            return "still throttled with HTTP \(response.status) after \(attempts) attempts"
        case .exhausted(let status, let attempts):
            return "still failing with HTTP \(status) after \(attempts) attempts"
        case .uncertain(let method, let reason):
            return "'\(method)' may or may not have taken effect (\(reason)); read before retrying"
        }
    }

    package static func == (lhs: TransportError, rhs: TransportError) -> Bool {
        switch (lhs, rhs) {
        case (.http(let left, let leftAttempts), .http(let right, let rightAttempts)):
            return left == right && leftAttempts == rightAttempts
        case (.throttled(let left, let leftAttempts), .throttled(let right, let rightAttempts)):
            return left.status == right.status && left.headers == right.headers
                && left.body == right.body && leftAttempts == rightAttempts
        case (.exhausted(let left, let leftAttempts), .exhausted(let right, let rightAttempts)):
            return left == right && leftAttempts == rightAttempts
        case (.uncertain(let leftMethod, let left), .uncertain(let rightMethod, let right)):
            return leftMethod == rightMethod && left == right
        default:
            return false
        }
    }
}
