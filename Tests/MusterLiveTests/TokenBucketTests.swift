import MusterLive
import Synchronization
import Testing

/// A clock that moves only when something sleeps on it.
final class FakeClock: Sendable {
    let time = Mutex<Double>(1000)
    let sleeps = Mutex<[Double]>([])

    var now: @Sendable () -> Double { { self.time.withLock { $0 } } }

    var sleep: @Sendable (Double) async throws -> Void {
        { seconds in
            self.sleeps.withLock { $0.append(seconds) }
            self.time.withLock { $0 += seconds }
        }
    }
}

@Suite struct TokenBucketTests {
    @Test func letsABurstThroughThenWaitsForTheRefill() async throws {
        let clock = FakeClock()
        let bucket = TokenBucket(capacity: 2, ratePerSecond: 1, now: clock.now, sleep: clock.sleep)
        try await bucket.take()
        try await bucket.take()
        #expect(clock.sleeps.withLock { $0 }.isEmpty)
        try await bucket.take()
        #expect(clock.sleeps.withLock { $0 } == [1])
    }

    @Test func aPauseHoldsEveryCallForThePlatformsWait() async throws {
        let clock = FakeClock()
        let bucket = TokenBucket(capacity: 5, ratePerSecond: 5, now: clock.now, sleep: clock.sleep)
        bucket.pause(for: 7)
        try await bucket.take()
        #expect(clock.sleeps.withLock { $0 }.first == 7)
    }

    @Test func followsARateThePlatformStates() async throws {
        let clock = FakeClock()
        let bucket = TokenBucket(
            capacity: 50, ratePerSecond: 50, now: clock.now, sleep: clock.sleep)
        bucket.adjust(ratePerSecond: 2)
        #expect(bucket.ratePerSecond == 2)
        #expect(bucket.available == 1)
    }

    @Test func backoffGrowsExponentiallyWithJitterUpToTheCeiling() {
        var policy = RetryPolicy()
        policy.random = { 0.5 }
        policy.maxDelay = 3
        #expect((1...5).map(policy.backoff(afterAttempt:)) == [0.25, 0.5, 1, 1.5, 1.5])
    }

    @Test(arguments: [
        (
            "https://api.flashcat.cloud/member/list?app_key=fd-secret&p=2",
            "https://api.flashcat.cloud/member/list?app_key=<redacted>&p=2"
        ),
        (
            "http://h/cgi-bin/gettoken?corpid=ww1&corpsecret=s3",
            "http://h/cgi-bin/gettoken?corpid=ww1&corpsecret=<redacted>"
        ),
        (
            "http://h/chat/get?access_token=t&chatid=c",
            "http://h/chat/get?access_token=<redacted>&chatid=c"
        ),
        ("http://h/api/auth.test", "http://h/api/auth.test"),
    ])
    func redactsSecretsInURLs(url: String, expected: String) {
        #expect(Redactor.redact(url: url) == expected)
    }

    @Test func redactsSecretHeaders() {
        #expect(Redactor.redact(header: "Authorization", value: "Bearer xoxb-1") == "<redacted>")
        #expect(Redactor.redact(header: "x-acs-dingtalk-access-token", value: "t") == "<redacted>")
        #expect(
            Redactor.redact(header: "Content-Type", value: "application/json") == "application/json"
        )
    }
}
