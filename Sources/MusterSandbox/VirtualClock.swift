import Foundation

/// The sandbox's notion of now: the real time, or a fixed instant, plus an offset that only
/// moves forward.
///
/// Advancing the clock lets a test see a day pass in a second: rate-limit windows roll over and
/// tokens expire as if the time had gone by. A frozen clock stands still between advances, so
/// a test's rate windows and expiries do not depend on how fast the machine runs it.
package struct VirtualClock: Codable, Sendable, Equatable {
    /// Seconds added to the real time (or to the frozen instant).
    package private(set) var offsetSeconds: Double = 0
    /// The instant the clock stands at, in seconds since 1970, when it is frozen.
    package private(set) var frozenAt: Double?

    package init(offsetSeconds: Double = 0, frozenAt: Double? = nil) {
        precondition(offsetSeconds >= 0, "the clock never runs backwards")
        self.offsetSeconds = offsetSeconds
        self.frozenAt = frozenAt
    }

    /// Seconds since 1970 on the virtual clock.
    package var now: Double {
        (frozenAt ?? Date().timeIntervalSince1970) + offsetSeconds
    }

    /// Moves the clock forward; a negative amount is ignored.
    package mutating func advance(by seconds: Double) {
        offsetSeconds += max(0, seconds)
    }
}
