/// How a platform's answer reads to the transport: what to do next, and what the answer says
/// about its bucket's limit.
///
/// `.final`, `.transient` and `.throttled(retryAfter:)` are verdicts without a hint; a
/// classifier that reads rate-limit headers builds one with `init(_:hint:)`.
package struct ResponseVerdict: Sendable, Equatable {
    /// What the transport does with an answer.
    package enum Outcome: Sendable, Equatable {
        /// Done, whether the platform said yes or gave a final, typed error.
        case final
        /// The platform is throttling; wait this many seconds if it said how long.
        case throttled(retryAfter: Double?)
        /// A server error worth another try.
        case transient
    }

    package var outcome: Outcome
    /// What the answer says about the limit, which the transport applies to the call's bucket.
    package var hint: RateLimitHint?

    package init(_ outcome: Outcome, hint: RateLimitHint? = nil) {
        self.outcome = outcome
        self.hint = hint
    }

    /// Done, with nothing said about the limit.
    package static let final = ResponseVerdict(.final)
    /// Worth another try, with nothing said about the limit.
    package static let transient = ResponseVerdict(.transient)

    /// Throttled, with nothing said about the limit but perhaps how long to wait.
    package static func throttled(retryAfter: Double?) -> ResponseVerdict {
        ResponseVerdict(.throttled(retryAfter: retryAfter))
    }

    /// Whether the platform refused the call for going too fast.
    package var isThrottled: Bool {
        if case .throttled = outcome { return true }
        return false
    }
}
