import Foundation
import MusterLive
import Synchronization

/// How a run's calls wait: the limits its rate buckets start from, the clock they refill by,
/// and the sleep that every wait goes through (a bucket's turn, a 429's pause, a retry's
/// backoff).
///
/// Every command uses ``published``: each platform's published limits on the system clock.
/// Tests and benchmarks pass ``simulated(_:limits:)`` instead, whose sleeps move a
/// ``SimulatedClock`` on at once: the calls are still paced and throttled answers still
/// paused for, exactly as in a real run, but nobody waits, and the clock tells how long the
/// run would have waited.
package struct CallPacing: Sendable {
    package var limits: @Sendable (BucketKey) -> RateLimits.Limit
    package var now: @Sendable () -> Double
    package var sleep: @Sendable (Double) async throws -> Void

    package init(
        limits: @escaping @Sendable (BucketKey) -> RateLimits.Limit,
        now: @escaping @Sendable () -> Double,
        sleep: @escaping @Sendable (Double) async throws -> Void
    ) {
        self.limits = limits
        self.now = now
        self.sleep = sleep
    }

    /// The platforms' published limits, waited for in real time.
    package static var published: CallPacing {
        CallPacing(
            limits: RateLimits.published, now: { Date().timeIntervalSince1970 },
            sleep: RateLimiter.taskSleep)
    }

    /// The given limits, waited for on a simulated clock.
    package static func simulated(
        _ clock: SimulatedClock,
        limits: @escaping @Sendable (BucketKey) -> RateLimits.Limit = RateLimits.published
    ) -> CallPacing {
        CallPacing(
            limits: limits, now: { clock.now }, sleep: { try await clock.sleep($0) })
    }

    /// A limiter whose buckets follow this pacing.
    func makeLimiter() -> RateLimiter {
        RateLimiter(limits: limits, now: now, sleep: sleep)
    }
}

/// A clock that never waits: a sleep moves it on by its length and returns at once.
///
/// A sleep moves it on by at least `tick`, so that a wait too short to change the time (a
/// bucket's last sliver of a token, far from zero where doubles are coarse) still ends.
/// Concurrent sleepers each move it on by their own wait, so for calls made several at a
/// time the time it shows is an upper bound of what the run would have waited.
package final class SimulatedClock: Sendable {
    /// The least a sleep moves the clock on, in seconds.
    package static let tick = 1e-6

    private let time: Mutex<Double>
    private let slept = Mutex<Double>(0)

    /// - Parameter start: The time it starts at, in seconds.
    package init(start: Double = 0) {
        time = Mutex(start)
    }

    /// The time now, in seconds.
    package var now: Double { time.withLock { $0 } }

    /// Every second slept so far.
    package var totalSlept: Double { slept.withLock { $0 } }

    /// Moves the clock on by `seconds` and lets other tasks run.
    ///
    /// - Throws: `CancellationError` when the task is cancelled, as `Task.sleep` does.
    package func sleep(_ seconds: Double) async throws {
        try Task.checkCancellation()
        let step = max(Self.tick, seconds)
        time.withLock { $0 += step }
        slept.withLock { $0 += step }
        await Task.yield()
    }
}
