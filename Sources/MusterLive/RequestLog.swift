import Synchronization

/// Counts every request per platform and method, and writes one line per attempt when verbose.
///
/// The counts feed the plan's cost estimate and the benchmarks. A log line is a fixed message
/// with the values as metadata (method, path, status, duration, attempt); the path's secrets are
/// redacted, and headers and bodies are never logged.
package final class RequestLog: Sendable {
    private let counts = Mutex<[String: [String: Int]]>([:])
    private let sink: (@Sendable (String) -> Void)?

    /// - Parameter verbose: Where log lines go; nil keeps the log quiet.
    package init(verbose sink: (@Sendable (String) -> Void)? = nil) {
        self.sink = sink
    }

    /// Records one attempt of a call.
    package func record(
        _ call: PlatformCall, status: Int?, seconds: Double, attempt: Int, outcome: String
    ) {
        counts.withLock { $0[call.platform, default: [:]][call.method, default: 0] += 1 }
        guard let sink else { return }
        let statusText = status.map(String.init) ?? "-"
        let path = Redactor.redact(url: call.request.url)
        let millis = Int((seconds * 1000).rounded())
        sink(
            "debug: request platform=\(call.platform) method=\(call.method) "
                + "http=\(call.request.method) url=\(path) status=\(statusText) "
                + "duration_ms=\(millis) attempt=\(attempt) outcome=\(outcome)")
    }

    /// Requests sent, by platform and then method.
    package var counters: [String: [String: Int]] { counts.withLock { $0 } }

    /// Requests sent to one platform.
    package func total(platform: String) -> Int {
        counts.withLock { $0[platform]?.values.reduce(0, +) ?? 0 }
    }
}
