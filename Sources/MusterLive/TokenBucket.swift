import Synchronization

/// A token bucket: at most `capacity` calls at once, refilled at `ratePerSecond`.
///
/// A burst of work waits here for its turn instead of meeting a wall of 429s. When the platform
/// throttles anyway, `pause(for:)` empties the bucket until the platform's wait is over, and
/// `follow(_:isThrottled:)` takes in what an answer says about the limit. The clock and the
/// sleep are injected, so the bucket's arithmetic is tested without waiting.
///
/// Whatever answers say, the bucket keeps these invariants, checked after every change: it holds
/// between 0 and `capacity` tokens, `capacity` is at least 1, and the rate stays between
/// `minimumRate` (or the seeded rate, if that is slower) and `raiseFactor` times the seeded
/// rate. No answer holds it shut for longer than `longestPause`.
package final class TokenBucket: Sendable {
    /// The slowest rate an answer may set, in calls a second: one call every ten seconds.
    package static let minimumRate = 0.1
    /// How far above its seeded rate an answer may raise a bucket.
    package static let raiseFactor = 2.0
    /// The longest one answer may hold the bucket shut, in seconds.
    package static let longestPause = 300.0

    private let state: Mutex<State>
    private let now: @Sendable () -> Double
    private let sleep: @Sendable (Double) async throws -> Void

    private struct State {
        var capacity: Double
        var ratePerSecond: Double
        var tokens: Double
        var updatedAt: Double
        var pausedUntil: Double = 0
        /// The bounds answers may move the rate between.
        let slowestRate: Double
        let fastestRate: Double

        init(capacity: Double, ratePerSecond: Double, at time: Double) {
            self.capacity = capacity
            self.ratePerSecond = ratePerSecond
            self.tokens = capacity
            self.updatedAt = time
            self.slowestRate = min(TokenBucket.minimumRate, ratePerSecond)
            self.fastestRate = ratePerSecond * TokenBucket.raiseFactor
        }

        mutating func refill(at time: Double) {
            let elapsed = max(0, time - updatedAt)
            tokens = min(capacity, tokens + elapsed * ratePerSecond)
            updatedAt = time
        }

        mutating func pause(for seconds: Double, at time: Double) {
            refill(at: time)
            tokens = 0
            guard seconds.isFinite, seconds > 0 else { return }
            pausedUntil = max(pausedUntil, time + min(seconds, TokenBucket.longestPause))
        }

        /// Paces calls evenly at a stated rate, kept within the bounds.
        ///
        /// A burst of one means no second holds more calls than the rate, wherever the
        /// platform's one-second windows start.
        mutating func adjust(ratePerSecond rate: Double, allowsRaise: Bool, at time: Double) {
            refill(at: time)
            let bounded = min(max(rate, slowestRate), fastestRate)
            ratePerSecond = allowsRaise ? bounded : min(bounded, ratePerSecond)
            capacity = 1
            tokens = min(tokens, capacity)
        }

        /// Keeps at most `remaining` calls; with none left, shuts until the window resets.
        mutating func drain(toRemaining remaining: Double, resetSeconds: Double?, at time: Double) {
            refill(at: time)
            tokens = min(tokens, max(0, remaining))
            guard remaining < 1, let resetSeconds else { return }
            pause(for: resetSeconds, at: time)
        }

        func checkInvariants() {
            assert(capacity >= 1, "a bucket lets at least one call through at a time")
            assert(tokens >= 0 && tokens <= capacity, "a bucket holds 0...capacity tokens")
            assert(
                ratePerSecond >= slowestRate && ratePerSecond <= fastestRate,
                "a bucket's rate stays within its bounds")
        }
    }

    package init(
        capacity: Double, ratePerSecond: Double, now: @escaping @Sendable () -> Double,
        sleep: @escaping @Sendable (Double) async throws -> Void
    ) {
        precondition(capacity >= 1 && ratePerSecond > 0, "a bucket must let calls through")
        self.state = Mutex(State(capacity: capacity, ratePerSecond: ratePerSecond, at: now()))
        self.now = now
        self.sleep = sleep
    }

    /// Takes a token, waiting as long as it takes for one.
    package func take() async throws {
        while true {
            let wait = change { state, time -> Double in
                state.refill(at: time)
                let paused = state.pausedUntil - time
                if paused > 0 { return paused }
                if state.tokens >= 1 {
                    state.tokens -= 1
                    return 0
                }
                return (1 - state.tokens) / state.ratePerSecond
            }
            guard wait > 0 else { return }
            try await sleep(wait)
        }
    }

    /// Lets no call through for `seconds` (at most `longestPause`), as after a 429.
    package func pause(for seconds: Double) {
        change { state, time in state.pause(for: seconds, at: time) }
    }

    /// Follows a rate the platform stated, such as `x-ogw-ratelimit-limit`, pacing calls evenly.
    ///
    /// The rate is kept between `minimumRate` and `raiseFactor` times the seeded rate.
    ///
    /// - Parameter allowsRaise: Whether the rate may go up; an answer that throttled the call
    ///   only ever slows the bucket.
    package func adjust(ratePerSecond: Double, allowsRaise: Bool = true) {
        guard ratePerSecond.isFinite, ratePerSecond >= 0 else { return }
        change { state, time in
            state.adjust(ratePerSecond: ratePerSecond, allowsRaise: allowsRaise, at: time)
        }
    }

    /// Keeps no more tokens than the platform says remain in its window, and with none left
    /// lets no call through until the window resets (at most `longestPause` away).
    package func drain(toRemaining remaining: Double, resetSeconds: Double? = nil) {
        guard remaining.isFinite else { return }
        change { state, time in
            state.drain(toRemaining: remaining, resetSeconds: resetSeconds, at: time)
        }
    }

    /// Takes in what an answer says about the limit: a stated rate, and what remains of the
    /// platform's window.
    ///
    /// - Parameter isThrottled: Whether the answer refused the call for going too fast; such an
    ///   answer never raises the rate.
    package func follow(_ hint: RateLimitHint, isThrottled: Bool) {
        change { state, time in
            if let rate = hint.perSecond {
                state.adjust(ratePerSecond: rate, allowsRaise: !isThrottled, at: time)
            }
            if let remaining = hint.remaining {
                state.drain(toRemaining: remaining, resetSeconds: hint.resetSeconds, at: time)
            }
        }
    }

    /// Tokens available now, for tests and diagnostics.
    package var available: Double {
        change { state, time in
            state.refill(at: time)
            return state.tokens
        }
    }

    /// The rate in force, in calls a second.
    package var ratePerSecond: Double { state.withLock { $0.ratePerSecond } }

    /// The most calls the bucket lets through at once.
    package var capacity: Double { state.withLock { $0.capacity } }

    /// Changes the state under the lock at the clock's time, and checks the invariants after.
    @discardableResult
    private func change<R>(_ body: (inout State, Double) -> R) -> R {
        state.withLock { state in
            let result = body(&state, now())
            state.checkInvariants()
            return result
        }
    }
}
