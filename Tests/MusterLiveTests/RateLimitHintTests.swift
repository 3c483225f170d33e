import Foundation
import MusterHTTP
import MusterLive
import Testing

/// Reading what answers say about their limit, and a bucket taking it in; no network.
@Suite struct RateLimitHintTests {
    private static func answer(
        status: Int, _ headers: [String: String] = [:], body: String = "{}"
    ) -> HTTPClientResponse {
        HTTPClientResponse(
            status: status, headers: headers.mapValues { [$0] }, body: Data(body.utf8))
    }

    private static let feishuThrottled =
        #"{"code":99991400,"msg":"request trigger frequency limit"}"#

    private static func bucket(
        capacity: Double = 50, rate: Double = 50, clock: FakeClock
    ) -> TokenBucket {
        TokenBucket(capacity: capacity, ratePerSecond: rate, now: clock.now, sleep: clock.sleep)
    }

    // MARK: - Reading headers

    @Test func feishuReadsTheStatedLimitAndResetFromA429() {
        let response = Self.answer(
            status: 429, ["x-ogw-ratelimit-limit": "5", "x-ogw-ratelimit-reset": "2"],
            body: Self.feishuThrottled)
        let hint = RateLimitHint(perSecond: 5, resetSeconds: 2)
        #expect(
            FeishuAdapter.verdict(response)
                == ResponseVerdict(.throttled(retryAfter: 2), hint: hint))
    }

    @Test func feishuWithoutTheHeadersGivesNoHint() {
        let response = Self.answer(status: 429, body: Self.feishuThrottled)
        #expect(FeishuAdapter.verdict(response) == .throttled(retryAfter: nil))
        #expect(FeishuAdapter.verdict(Self.answer(status: 200, body: #"{"code":0}"#)) == .final)
    }

    @Test(arguments: ["", "many", "-3", "inf", "nan", "1e400"])
    func aHeaderThatIsNoUsableNumberIsIgnored(value: String) {
        let response = Self.answer(
            status: 429, ["x-ogw-ratelimit-limit": value, "x-ogw-ratelimit-reset": value],
            body: Self.feishuThrottled)
        #expect(FeishuAdapter.rateLimitHint(in: response) == nil)
        #expect(FeishuAdapter.verdict(response) == .throttled(retryAfter: nil))
    }

    @Test(arguments: [
        ("0", "1800000030", RateLimitHint(remaining: 0, resetSeconds: 30)),
        ("7", "12", RateLimitHint(remaining: 7, resetSeconds: 12)),
        ("0", "1799999990", RateLimitHint(remaining: 0, resetSeconds: 0)),
    ])
    func flashdutyReadsRemainingAndAResetInUnixSecondsOrSeconds(
        remaining: String, reset: String, expected: RateLimitHint
    ) {
        let response = Self.answer(
            status: 200,
            [
                "x-ratelimit-limit": "1000", "x-ratelimit-remaining": remaining,
                "x-ratelimit-reset": reset,
            ])
        #expect(FlashdutyErrorCode.rateLimitHint(in: response, now: 1_800_000_000) == expected)
    }

    @Test func flashdutyReadsNoRateFromTheLimitAlone() {
        let response = Self.answer(status: 200, ["x-ratelimit-limit": "50"])
        #expect(FlashdutyErrorCode.rateLimitHint(in: response, now: 0) == nil)
        #expect(FlashdutyErrorCode.verdict(response) == .final)
    }

    @Test func flashdutyCarriesItsHintOnAThrottledVerdict() {
        let response = Self.answer(
            status: 429,
            ["retry-after": "3", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "3"],
            body: #"{"request_id":"r","error":{"code":"RequestTooFrequently"}}"#)
        let verdict = FlashdutyErrorCode.verdict(response)
        #expect(verdict.outcome == .throttled(retryAfter: 3))
        #expect(verdict.hint == RateLimitHint(remaining: 0, resetSeconds: 3))
    }

    // MARK: - A bucket taking a hint in

    @Test func aStatedRateSlowsTheBucketAndPacesItEvenly() async throws {
        let clock = FakeClock()
        let bucket = Self.bucket(clock: clock)
        bucket.follow(RateLimitHint(perSecond: 4), isThrottled: true)
        #expect(bucket.ratePerSecond == 4)
        #expect(bucket.capacity == 1)
        for _ in 1...3 { try await bucket.take() }
        #expect(clock.sleeps.withLock { $0 } == [0.25, 0.25])
    }

    @Test func neverSlowsBelowTheFloor() {
        let clock = FakeClock()
        let bucket = Self.bucket(clock: clock)
        bucket.adjust(ratePerSecond: 0)
        #expect(bucket.ratePerSecond == TokenBucket.minimumRate)
    }

    @Test func aBucketSeededBelowTheFloorMayStayThere() {
        let clock = FakeClock()
        let bucket = Self.bucket(capacity: 1, rate: 1.0 / 60, clock: clock)
        bucket.adjust(ratePerSecond: 0.001)
        #expect(bucket.ratePerSecond == 1.0 / 60)
    }

    @Test func raisesNoFurtherThanTwiceTheSeededRate() {
        let clock = FakeClock()
        let bucket = Self.bucket(clock: clock)
        bucket.follow(RateLimitHint(perSecond: 1000), isThrottled: false)
        #expect(bucket.ratePerSecond == 50 * TokenBucket.raiseFactor)
    }

    @Test func aThrottledAnswerNeverRaisesTheRate() {
        let clock = FakeClock()
        let bucket = Self.bucket(clock: clock)
        bucket.follow(RateLimitHint(perSecond: 4), isThrottled: true)
        bucket.follow(RateLimitHint(perSecond: 1000), isThrottled: true)
        #expect(bucket.ratePerSecond == 4)
    }

    @Test func keepsNoMoreTokensThanThePlatformSaysRemain() {
        let clock = FakeClock()
        let bucket = Self.bucket(clock: clock)
        bucket.follow(RateLimitHint(remaining: 3, resetSeconds: 60), isThrottled: false)
        #expect(bucket.available == 3)
        #expect(bucket.ratePerSecond == 50)
    }

    @Test func nothingRemainingShutsTheBucketUntilTheReset() async throws {
        let clock = FakeClock()
        let bucket = Self.bucket(clock: clock)
        bucket.follow(RateLimitHint(remaining: 0, resetSeconds: 7), isThrottled: false)
        try await bucket.take()
        #expect(clock.sleeps.withLock { $0 } == [7])
    }

    @Test func aResetFartherThanTheLongestPauseIsCutShort() async throws {
        let clock = FakeClock()
        let bucket = Self.bucket(clock: clock)
        bucket.drain(toRemaining: 0, resetSeconds: 1e9)
        try await bucket.take()
        #expect(clock.sleeps.withLock { $0 } == [TokenBucket.longestPause])
    }

    @Test func aPauseCountsOnlyTheTimeAfterIt() async throws {
        let clock = FakeClock()
        let bucket = Self.bucket(capacity: 2, rate: 1, clock: clock)
        try await bucket.take()
        try await bucket.take()
        clock.time.withLock { $0 += 0.5 }
        bucket.pause(for: 1)
        try await bucket.take()
        // The half second before the pause refills nothing that the pause then keeps.
        #expect(clock.sleeps.withLock { $0 } == [1])
        #expect(bucket.available == 0)
    }
}
