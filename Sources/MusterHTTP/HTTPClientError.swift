/// Why a request got no response.
package enum HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The transport failed; `code` is libcurl's, `message` its explanation.
    case transport(code: Int, message: String)
    /// The request did not finish within the total timeout.
    case timedOut(seconds: Double)
    /// The response body was larger than the client accepts.
    case bodyTooLarge(limit: Int)
    /// The task was cancelled while the request was in flight.
    case cancelled
    /// The client could not set up the request (an invalid URL or option).
    case invalidRequest(String)

    package var description: String {
        switch self {
        case .transport(let code, let message): return "transport error \(code): \(message)"
        case .timedOut(let seconds): return "no response within \(Int(seconds)) s"
        case .bodyTooLarge(let limit): return "response body over \(limit) bytes"
        case .cancelled: return "cancelled"
        case .invalidRequest(let reason): return "invalid request: \(reason)"
        }
    }

    /// Whether the request certainly never reached the server (no connection was made), so
    /// that sending it again cannot do anything twice.
    package var wasNotSent: Bool {
        guard case .transport(let code, _) = self else { return false }
        // CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT
        return code == 5 || code == 6 || code == 7
    }

    /// Whether sending the same request again may succeed: a connection that failed or
    /// dropped, or a timeout. The caller still decides whether the request is safe to repeat.
    package var isTransient: Bool {
        switch self {
        case .transport, .timedOut: return true
        case .bodyTooLarge, .cancelled, .invalidRequest: return false
        }
    }
}
