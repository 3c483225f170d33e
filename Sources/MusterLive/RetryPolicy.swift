/// How often and how patiently the transport tries a call again.
///
/// Backoff is exponential with full jitter: attempt n waits a random time up to
/// `min(maxDelay, baseDelay × 2^(n-1))`, so many clients that failed together do not retry
/// together.
package struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    package var maxAttempts = 5
    package var baseDelay = 0.5
    package var maxDelay = 30.0
    /// A random number in [0, 1), injected so tests are repeatable.
    package var random: @Sendable () -> Double = { Double.random(in: 0..<1) }

    package init() {}

    /// The wait before attempt `attempt + 1` after a transient failure of attempt `attempt`.
    package func backoff(afterAttempt attempt: Int) -> Double {
        precondition(attempt >= 1, "attempts count from 1")
        let ceiling = min(maxDelay, baseDelay * Double(1 << min(attempt - 1, 20)))
        return ceiling * random()
    }
}
