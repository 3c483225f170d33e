import MusterHTTP

/// Why the transport gave up on a call.
package enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No response: the HTTP client's own error, after the retries it allows.
    case http(HTTPClientError, attempts: Int)
    /// Still throttled or failing after every attempt; the last response is kept.
    case exhausted(status: Int, attempts: Int)
    /// A non-idempotent create failed in a way that leaves its effect unknown; the caller must
    /// read the live state before deciding to send it again.
    case uncertain(method: String, reason: String)

    package var description: String {
        switch self {
        case .http(let error, let attempts): return "\(error) (after \(attempts) attempts)"
        case .exhausted(let status, let attempts):
            return "still failing with HTTP \(status) after \(attempts) attempts"
        case .uncertain(let method, let reason):
            return "'\(method)' may or may not have taken effect (\(reason)); read before retrying"
        }
    }
}
