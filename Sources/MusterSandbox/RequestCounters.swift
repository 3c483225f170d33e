/// How many requests each service has received, per method.
///
/// Faulted and rejected requests count too: the counters say what clients sent, which is what
/// a test of retry behaviour needs to check.
package struct RequestCounters: Codable, Sendable, Equatable {
    /// Counts by service (`slack`) and then by method (`conversations.create`).
    package private(set) var counts: [String: [String: Int]] = [:]

    package init() {}

    /// Counts one request.
    package mutating func record(service: String, method: String) {
        counts[service, default: [:]][method, default: 0] += 1
    }

    /// The count for a service and method.
    package func count(service: String, method: String) -> Int {
        counts[service]?[method] ?? 0
    }
}
