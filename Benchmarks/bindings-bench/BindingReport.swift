import Foundation
import MusterEngine
import MusterPlan
import MusterSandbox

/// The figures the benchmark prints: the requests of each phase beside the minimum, what the
/// bindings resolved to, the two medians and their ratio, the planner alone, the wait the
/// published limits impose, and the peak memory.
struct BindingReport {
    let planned: PlannedRun
    let seed: SandboxSeed
    /// Integration names to their platforms.
    let integrations: [String: SeedPlatform]
    let readRequests: [String: [String: Int]]
    let planRequests: [String: [String: Int]]
    /// Median seconds of each phase.
    let readSeconds: Double
    let planSeconds: Double
    /// Median seconds of the planner alone, on the observed state.
    let plannerSeconds: Double

    /// Every line, in order.
    var lines: [String] {
        var lines = requestRows
        lines.append("")
        lines += outcomeRows
        lines.append("")
        lines.append(Self.cell("read (LiveRun.observe)", 40) + Self.duration(readSeconds))
        lines.append(Self.cell("plan (read, then Planner.plan)", 40) + Self.duration(planSeconds))
        lines.append(
            Self.cell("plan / read", 40) + String(format: "%9.3f×", planSeconds / readSeconds))
        lines.append(
            Self.cell("planner alone, on the observed state", 40) + Self.duration(plannerSeconds))
        lines.append(floorRow)
        lines.append(
            String(
                format: "peak memory: %.1f MB (the whole process, the sandbox included)",
                PeakMemory.megabytes))
        return lines.map {
            $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
    }

    /// A row per platform and method: the read's requests, the plan's, the minimum, the ratio.
    private var requestRows: [String] {
        let minimum = RequestMinimum.table(
            observed: planned.observed, seed: seed, integrations: integrations)
        var rows = [
            Self.cell("platform", 11) + Self.cell("method", 40)
                + "    read     plan  minimum   read/min"
        ]
        for platform in ["flashduty"] + integrations.values.map(\.rawValue).sorted() {
            let methods = Set(readRequests[platform, default: [:]].keys)
                .union(minimum[platform, default: [:]].keys).sorted()
            for method in methods {
                let read = readRequests[platform]?[method] ?? 0
                let least = minimum[platform]?[method]
                let ratio = least.flatMap { $0 == 0 ? nil : Double(read) / Double($0) }
                rows.append(
                    Self.cell(platform, 11) + Self.cell(method, 40)
                        + Self.right(String(read), 8)
                        + Self.right(String(planRequests[platform]?[method] ?? 0), 9)
                        + Self.right(least.map(String.init) ?? "-", 9)
                        + Self.right(ratio.map { String(format: "%.2f", $0) } ?? "-", 11))
            }
        }
        return rows
    }

    /// A row per integration: how many members had each outcome, and the links planned.
    private var outcomeRows: [String] {
        let links = planned.plan.changes.filter { $0.address.type == "member_link" }
        return integrations.keys.sorted().map { name in
            let own = planned.plan.identities.filter { $0.integration == name }
            var counts: [String: Int] = [:]
            for identity in own { counts[identity.outcome, default: 0] += 1 }
            let outcomes = counts.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key)" }
            let linked = links.filter { $0.address.keys.first == name }.count
            return "\(name): \(own.count) members, \(outcomes.joined(separator: ", ")); "
                + "\(linked) links to make"
        }
    }

    /// The least the published limits make the read wait, per platform.
    private var floorRow: String {
        let floors = LimiterFloor.seconds(readRequests)
        let parts = floors.sorted { $0.value > $1.value }.filter { $0.value >= 0.05 }
            .map { String(format: "%@ %.1f s", $0.key, $0.value) }
        let total = floors.values.reduce(0, +)
        return String(format: "the published client-side limits alone: %.1f s", total)
            + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
    }

    private static func cell(_ text: String, _ width: Int) -> String {
        text.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    private static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private static func duration(_ seconds: Double) -> String {
        seconds >= 10
            ? String(format: "%9.1f s", seconds) : String(format: "%9.1f ms", seconds * 1000)
    }
}
