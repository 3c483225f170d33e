import Foundation

/// What a platform's answer says about the limit of the bucket it came from.
///
/// A classifier reads it from the answer's headers (Feishu's `x-ogw-ratelimit-*`, Flashduty's
/// `X-RateLimit-*`) and the transport hands it to the call's bucket, which keeps its own bounds
/// whatever the hint says. Each field is optional, as platforms state different things; every
/// value present is finite and not negative.
package struct RateLimitHint: Sendable, Equatable {
    /// The steady rate the platform allows, in calls a second.
    package var perSecond: Double?
    /// Calls left in the platform's current window.
    package var remaining: Double?
    /// Seconds until that window starts again.
    package var resetSeconds: Double?

    package init(perSecond: Double? = nil, remaining: Double? = nil, resetSeconds: Double? = nil) {
        precondition(
            [perSecond, remaining, resetSeconds].allSatisfy { $0.map(Self.isUsable) ?? true },
            "a rate-limit hint holds finite numbers, none negative")
        self.perSecond = perSecond
        self.remaining = remaining
        self.resetSeconds = resetSeconds
    }

    /// Whether the hint says nothing at all.
    package var isEmpty: Bool {
        perSecond == nil && remaining == nil && resetSeconds == nil
    }

    /// A header's value as a number, or nil when it is missing, not a number, infinite or
    /// negative.
    package static func number(_ text: String?) -> Double? {
        guard let text, let value = Double(text.trimmingCharacters(in: .whitespaces)),
            isUsable(value)
        else {
            return nil
        }
        return value
    }

    private static func isUsable(_ value: Double) -> Bool {
        value.isFinite && value >= 0
    }
}
