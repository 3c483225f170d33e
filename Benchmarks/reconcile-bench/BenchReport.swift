import Foundation

/// The figures the benchmark prints: a column per phase with its median time, its multiple of
/// the list, its requests, the limiter's waits and the peak memory, then each pass's requests
/// by method.
struct BenchReport {
    let outcomes: [[BenchRun.Phase: BenchRun.Outcome]]
    let incidents: Int

    var lines: [String] {
        let phases = BenchRun.Phase.allCases
        let list = median(.list) { $0.seconds }
        var lines = [Self.cell("", 36) + phases.map { Self.cell($0.rawValue, 18) }.joined()]
        lines.append(row("wall time") { String(format: "%.3f s", median($0) { $0.seconds }) })
        lines.append(
            row("× the list") { String(format: "%.1f×", median($0) { $0.seconds } / list) })
        lines.append(
            row("per incident") {
                String(format: "%.2f ms", median($0) { $0.seconds } * 1000 / Double(incidents))
            })
        lines.append(
            row("changes applied") { phase in sample(phase).pass.map { "\($0.applied)" } ?? "-" })
        for platform in platforms {
            lines.append(
                row("requests to \(platform)") { phase in
                    "\(sample(phase).requests[platform]?.values.reduce(0, +) ?? 0)"
                })
        }
        lines.append(
            row("limiter waits at published limits") { Self.duration(median($0) { $0.waited }) })
        lines.append(
            row("peak memory once done (process)") { phase in
                String(format: "%.0f MB", outcomes.map { $0[phase]?.peakMegabytes ?? 0 }.max() ?? 0)
            })
        for phase in [BenchRun.Phase.create, .steady] {
            lines.append("\(phase.rawValue) requests by method:")
            lines += methodLines(sample(phase).requests)
        }
        return lines.map {
            $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
    }

    private var platforms: [String] {
        Set(outcomes.flatMap { $0.values.flatMap(\.requests.keys) }).sorted()
    }

    /// The first run's outcome: requests and changes do not vary from run to run.
    private func sample(_ phase: BenchRun.Phase) -> BenchRun.Outcome {
        outcomes[0][phase]
            ?? BenchRun.Outcome(seconds: 0, requests: [:], waited: 0, peakMegabytes: 0)
    }

    private func median(
        _ phase: BenchRun.Phase, _ value: (BenchRun.Outcome) -> Double
    ) -> Double {
        let sorted = outcomes.compactMap { $0[phase].map(value) }.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private func row(_ title: String, _ cell: (BenchRun.Phase) -> String) -> String {
        Self.cell(title, 36) + BenchRun.Phase.allCases.map { Self.cell(cell($0), 18) }.joined()
    }

    private func methodLines(_ requests: [String: [String: Int]]) -> [String] {
        requests.keys.sorted().map { platform in
            let methods = (requests[platform] ?? [:]).sorted { $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }
            return "  \(platform): " + methods.joined(separator: ", ")
        }
    }

    private static func cell(_ text: String, _ width: Int) -> String {
        text.padding(toLength: max(width, text.count + 1), withPad: " ", startingAt: 0)
    }

    /// Seconds as `42 s`, `12 min` or `3 h 20 min`.
    private static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.0f s", seconds) }
        let minutes = Int((seconds / 60).rounded())
        return minutes < 60 ? "\(minutes) min" : "\(minutes / 60) h \(minutes % 60) min"
    }
}
