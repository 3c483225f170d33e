import Synchronization

/// A token bucket: at most `capacity` calls at once, refilled at `ratePerSecond`.
///
/// A burst of work waits here for its turn instead of meeting a wall of 429s. When the platform
/// throttles anyway, `pause(for:)` empties the bucket until the platform's wait is over, and
/// `adjust(ratePerSecond:)` follows a rate the platform states. The clock and the sleep are
/// injected, so the bucket's arithmetic is tested without waiting.
package final class TokenBucket: Sendable {
    private let state: Mutex<State>
    private let now: @Sendable () -> Double
    private let sleep: @Sendable (Double) async throws -> Void

    private struct State {
        var capacity: Double
        var ratePerSecond: Double
        var tokens: Double
        var updatedAt: Double
        var pausedUntil: Double = 0
    }

    package init(
        capacity: Double, ratePerSecond: Double, now: @escaping @Sendable () -> Double,
        sleep: @escaping @Sendable (Double) async throws -> Void
    ) {
        precondition(capacity >= 1 && ratePerSecond > 0, "a bucket must let calls through")
        self.state = Mutex(
            State(
                capacity: capacity, ratePerSecond: ratePerSecond, tokens: capacity, updatedAt: now()
            ))
        self.now = now
        self.sleep = sleep
    }

    /// Takes a token, waiting as long as it takes for one.
    package func take() async throws {
        while true {
            let wait = state.withLock { state -> Double in
                Self.refill(&state, at: now())
                let paused = state.pausedUntil - now()
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

    /// Lets no call through for `seconds`, as after a 429.
    package func pause(for seconds: Double) {
        state.withLock { state in
            state.pausedUntil = max(state.pausedUntil, now() + seconds)
            state.tokens = 0
        }
    }

    /// Follows a rate the platform stated, such as `x-ogw-ratelimit-limit`.
    package func adjust(ratePerSecond: Double) {
        guard ratePerSecond > 0 else { return }
        state.withLock { state in
            Self.refill(&state, at: now())
            state.ratePerSecond = ratePerSecond
            state.capacity = max(1, min(state.capacity, ratePerSecond))
            state.tokens = min(state.tokens, state.capacity)
        }
    }

    /// Tokens available now, for tests and diagnostics.
    package var available: Double {
        state.withLock { state in
            Self.refill(&state, at: now())
            return state.tokens
        }
    }

    private static func refill(_ state: inout State, at time: Double) {
        let elapsed = max(0, time - state.updatedAt)
        state.tokens = min(state.capacity, state.tokens + elapsed * state.ratePerSecond)
        state.updatedAt = time
    }
}
