import Foundation

/// The sandbox's notion of now: the real time plus an offset that only moves forward.
///
/// Advancing the clock lets a test see a day pass in a second: rate-limit windows roll over and
/// tokens expire as if the time had gone by.
package struct VirtualClock: Codable, Sendable, Equatable {
    /// Seconds added to the real time.
    package private(set) var offsetSeconds: Double = 0

    package init(offsetSeconds: Double = 0) {
        precondition(offsetSeconds >= 0, "the clock never runs backwards")
        self.offsetSeconds = offsetSeconds
    }

    /// Seconds since 1970 on the virtual clock.
    package var now: Double {
        Date().timeIntervalSince1970 + offsetSeconds
    }

    /// Moves the clock forward; a negative amount is ignored.
    package mutating func advance(by seconds: Double) {
        offsetSeconds += max(0, seconds)
    }
}
