import Foundation
import Synchronization

/// The token buckets of every platform, tenant and method family, made on first use.
///
/// Each platform's published limit seeds its buckets (see `RateLimits`); responses that state
/// a limit or a wait adjust the bucket they came from.
package final class RateLimiter: Sendable {
    private let buckets = Mutex<[BucketKey: TokenBucket]>([:])
    private let limits: @Sendable (BucketKey) -> RateLimits.Limit
    private let now: @Sendable () -> Double
    private let sleep: @Sendable (Double) async throws -> Void

    package init(
        limits: @escaping @Sendable (BucketKey) -> RateLimits.Limit = RateLimits.published,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 },
        sleep: @escaping @Sendable (Double) async throws -> Void = RateLimiter.taskSleep
    ) {
        self.limits = limits
        self.now = now
        self.sleep = sleep
    }

    /// The bucket for a key.
    package func bucket(_ key: BucketKey) -> TokenBucket {
        buckets.withLock { buckets in
            if let bucket = buckets[key] { return bucket }
            let limit = limits(key)
            let bucket = TokenBucket(
                capacity: limit.burst, ratePerSecond: limit.perSecond, now: now, sleep: sleep)
            buckets[key] = bucket
            return bucket
        }
    }

    /// Sleeps for a number of seconds, ending early (with an error) when the task is cancelled.
    @Sendable package static func taskSleep(_ seconds: Double) async throws {
        try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1e9))
    }
}

/// The published rate limits, as bucket sizes and refill rates.
package enum RateLimits {
    /// A bucket's burst size and steady rate.
    package struct Limit: Sendable, Equatable {
        package var burst: Double
        package var perSecond: Double

        package init(burst: Double, perSecond: Double) {
            self.burst = burst
            self.perSecond = perSecond
        }

        /// N calls a minute, with a burst of a tenth of them.
        package static func perMinute(_ count: Double) -> Limit {
            Limit(burst: max(1, count / 10), perSecond: count / 60)
        }
    }

    /// The limit a platform publishes for a method family.
    ///
    /// Slack: the method's tier (`tier1`…`tier4`, per minute; `special` for auth.test,
    /// `postMessage` for chat.postMessage). Feishu and Lark: 50/s per API.
    /// DingTalk: 20/s per API. WeCom: 10,000/min per API. Flashduty: 50/s and 1,000/min per
    /// account, so the slower of the two, 1,000/min with a burst of 50.
    @Sendable package static func published(_ key: BucketKey) -> Limit {
        switch key.platform {
        case "slack":
            switch key.family {
            case "tier1": return .perMinute(1)
            case "tier2": return .perMinute(20)
            case "tier3": return .perMinute(50)
            case "tier4": return .perMinute(100)
            // auth.test: "hundreds per minute"; chat.postMessage: about one a second.
            case "special": return .perMinute(600)
            case "postMessage": return Limit(burst: 1, perSecond: 1)
            default: return Limit(burst: 1, perSecond: 1)
            }
        case "feishu", "lark": return Limit(burst: 50, perSecond: 50)
        case "dingtalk": return Limit(burst: 20, perSecond: 20)
        case "wecom": return .perMinute(10_000)
        case "flashduty": return Limit(burst: 50, perSecond: 1000.0 / 60)
        default: return Limit(burst: 10, perSecond: 10)
        }
    }
}
