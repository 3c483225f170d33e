import Foundation
import MusterHTTP

/// Sends platform calls through the shared HTTP client, with rate limits, retries and counts.
///
/// Every call first takes a token from its bucket. What an answer says about the limit (the
/// verdict's `RateLimitHint`) adjusts that bucket. A throttled answer pauses the bucket for the
/// platform's stated wait (or a backoff) and the call is sent again, until the attempts run out
/// and the caller gets `TransportError.throttled` with the last answer, which the adapter turns
/// into the platform's own refusal (`send(_:platformName:refusal:)`). A server or transport
/// error is retried with exponential backoff and jitter, but only for reads and idempotent
/// writes. A non-idempotent create that fails that way is never sent again blindly: the caller
/// gets `TransportError.uncertain` and must read the live state first.
package struct PlatformTransport: Sendable {
    package let client: HTTPClient
    package let limiter: RateLimiter
    package let log: RequestLog
    package let retry: RetryPolicy
    /// How this platform's answers read: final, throttled or transient, and what they say about
    /// the limit.
    package let classify: @Sendable (HTTPClientResponse) -> ResponseVerdict
    private let sleep: @Sendable (Double) async throws -> Void

    package init(
        client: HTTPClient, limiter: RateLimiter, log: RequestLog,
        retry: RetryPolicy = RetryPolicy(),
        classify: @escaping @Sendable (HTTPClientResponse) -> ResponseVerdict,
        sleep: @escaping @Sendable (Double) async throws -> Void = RateLimiter.taskSleep
    ) {
        self.client = client
        self.limiter = limiter
        self.log = log
        self.retry = retry
        self.classify = classify
        self.sleep = sleep
    }

    /// Sends a call until it gets a final answer, and returns that answer.
    package func send(_ call: PlatformCall) async throws -> HTTPClientResponse {
        let bucket = limiter.bucket(call.bucket)
        var attempt = 0
        while true {
            attempt += 1
            try await bucket.take()
            let started = Date()
            let result: Result<HTTPClientResponse, HTTPClientError>
            do {
                result = .success(try await client.send(Self.request(of: call)))
            } catch {
                result = .failure(error)
            }
            let seconds = Date().timeIntervalSince(started)
            let step = try next(
                after: result, call: call, bucket: bucket, attempt: attempt, seconds: seconds)
            switch step {
            case .done(let response): return response
            case .wait(let delay, let pausesBucket):
                if pausesBucket { bucket.pause(for: delay) } else { try await sleep(delay) }
            }
        }
    }

    /// The call's request; a non-idempotent write goes on a fresh connection, so that
    /// libcurl's own resend on a dead reused connection can never send it twice.
    private static func request(of call: PlatformCall) -> HTTPClientRequest {
        var request = call.request
        if call.safety == .nonIdempotentWrite { request.isRepeatable = false }
        return request
    }

    private enum Step {
        case done(HTTPClientResponse)
        case wait(Double, pausesBucket: Bool)
    }

    private func next(
        after result: Result<HTTPClientResponse, HTTPClientError>, call: PlatformCall,
        bucket: TokenBucket, attempt: Int, seconds: Double
    ) throws -> Step {
        switch result {
        case .failure(let error):
            log.record(call, status: nil, seconds: seconds, attempt: attempt, outcome: "error")
            guard error.isTransient else { throw TransportError.http(error, attempts: attempt) }
            try checkRetryable(
                call, attempt: attempt, reason: error.description, wasNotSent: error.wasNotSent
            ) {
                TransportError.http(error, attempts: attempt)
            }
            return .wait(retry.backoff(afterAttempt: attempt), pausesBucket: false)
        case .success(let response):
            let verdict = classify(response)
            if let hint = verdict.hint { bucket.follow(hint, isThrottled: verdict.isThrottled) }
            return try next(
                after: response, verdict: verdict, call: call, attempt: attempt, seconds: seconds)
        }
    }

    private func next(
        after response: HTTPClientResponse, verdict: ResponseVerdict, call: PlatformCall,
        attempt: Int, seconds: Double
    ) throws -> Step {
        let outcome: String
        switch verdict.outcome {
        case .final: outcome = "done"
        case .throttled: outcome = "throttled"
        case .transient: outcome = "retry"
        }
        log.record(
            call, status: response.status, seconds: seconds, attempt: attempt, outcome: outcome)
        switch verdict.outcome {
        case .final:
            return .done(response)
        case .throttled(let retryAfter):
            // A throttled call was refused, not performed, so even a create may be sent again.
            guard attempt < retry.maxAttempts else {
                throw TransportError.throttled(lastResponse: response, attempts: attempt)
            }
            return .wait(retryAfter ?? retry.backoff(afterAttempt: attempt), pausesBucket: true)
        case .transient:
            try checkRetryable(call, attempt: attempt, reason: "HTTP \(response.status)") {
                TransportError.exhausted(status: response.status, attempts: attempt)
            }
            return .wait(retry.backoff(afterAttempt: attempt), pausesBucket: false)
        }
    }

    /// Throws unless the call may be sent once more after a failure of unknown effect.
    private func checkRetryable(
        _ call: PlatformCall, attempt: Int, reason: String, wasNotSent: Bool = false,
        exhausted: () -> TransportError
    ) throws {
        if call.safety == .nonIdempotentWrite, !wasNotSent {
            throw TransportError.uncertain(method: call.method, reason: reason)
        }
        if attempt >= retry.maxAttempts { throw exhausted() }
    }
}

extension PlatformTransport {
    /// Sends a call until it gets a final answer, and when the platform still throttles it after
    /// every attempt, throws the platform's own refusal instead of `TransportError.throttled`.
    ///
    /// - Parameters:
    ///   - platformName: The platform as people know it, as `Feishu`, for the refusal.
    ///   - refusal: The adapter's reading of the last throttled answer, or nil when the answer
    ///     carries nothing it can read; the refusal keeps its code and message.
    /// - Throws: `PlatformError` of kind `.rateLimited` when the throttling outlasts the
    ///   attempts, and whatever `send(_:)` throws otherwise.
    package func send(
        _ call: PlatformCall, platformName: String,
        refusal: (HTTPClientResponse) -> PlatformError?
    ) async throws -> HTTPClientResponse {
        do {
            return try await send(call)
        } catch TransportError.throttled(let answer, let attempts) {
            throw PlatformError(
                throttledAfter: attempts, refusal: refusal(answer), platform: platformName,
                call: call.method, status: answer.status)
        }
    }
}
