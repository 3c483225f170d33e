/// A fault to inject into the requests of one service, and optionally one method.
///
/// A rule with a `count` fires that many times and is then spent; without one it fires until
/// it is deleted. Latency rules add their delay and let the request go on, so they combine
/// with any other rule; the first other matching rule decides the outcome.
package struct FaultRule: Codable, Sendable, Equatable {
    /// What a fault does.
    package enum Kind: String, Codable, Sendable {
        /// Rate-limits the call, with `retryAfter` seconds (default 1).
        case rateLimited
        /// Answers with HTTP `status` (default 500).
        case serverError
        /// Delays the answer by `milliseconds`.
        case latency
        /// Closes the connection without an answer.
        case dropConnection
        /// Answers as if the token had been revoked.
        case revokedToken
    }

    /// The service name, such as `slack`.
    package var service: String
    /// The method, such as `conversations.create`; nil or `*` matches every method.
    package var method: String?
    package var kind: Kind
    /// How many requests the rule still applies to; nil means no limit.
    package var count: Int?
    package var retryAfter: Int?
    package var status: Int?
    package var milliseconds: Int?

    package init(
        service: String, method: String? = nil, kind: Kind, count: Int? = nil,
        retryAfter: Int? = nil, status: Int? = nil, milliseconds: Int? = nil
    ) {
        self.service = service
        self.method = method
        self.kind = kind
        self.count = count
        self.retryAfter = retryAfter
        self.status = status
        self.milliseconds = milliseconds
    }

    /// Whether the rule applies to a request and is not spent.
    func matches(service: String, method: String) -> Bool {
        guard self.service == service, count.map({ $0 > 0 }) ?? true else { return false }
        return self.method == nil || self.method == "*" || self.method == method
    }
}
