import Foundation
import MusterEngine
import MusterPlan

/// The figures the benchmark prints: what was planned, then a column for each limit with its
/// requests, its two medians and their ratio, then the planner alone and the peak memory.
struct BenchReport {
    /// The most the plan may take, as a multiple of the read.
    static let ratioTarget = 1.5

    let planned: PlannedRun
    let grantCount: Int
    let outcomes: [PlanPhases.Key: PlanPhases.Outcome]
    /// Median seconds of each phase.
    let seconds: [PlanPhases.Key: Double]
    /// Median seconds of the planner alone, on the observed state.
    let plannerSeconds: Double

    /// Every line, in order.
    var lines: [String] {
        let limits = PlanPhases.Limits.allCases
        var lines = [summary, Self.cell("", 38) + limits.map { Self.cell(title($0), 20) }.joined()]
        lines += requestRows(limits)
        lines.append(timeRow("read (LiveRun.observe)", phase: .read, limits))
        lines.append(timeRow("plan (read, then Planner.plan)", phase: .plan, limits))
        let verdicts = limits.map { limit in
            let ratio = ratio(limit)
            let verdict = ratio <= Self.ratioTarget ? "PASS" : "FAIL"
            return Self.cell(String(format: "%6.3f× ", ratio) + verdict, 20)
        }
        let target = String(format: "plan / read (target ≤ %.2f×)", Self.ratioTarget)
        lines.append(Self.cell(target, 38) + verdicts.joined())
        lines.append(
            Self.cell("planner alone, on the observed state", 38)
                + Self.milliseconds(plannerSeconds))
        lines.append(
            String(
                format: "peak memory: %.1f MB (the whole process, the sandbox included)",
                PeakMemory.megabytes))
        return lines.map {
            $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
    }

    private var summary: String {
        let plan = planned.plan
        let actions = Change.Action.allCases.compactMap { action in
            plan.summary[action].map { "\($0) \(action.rawValue)" }
        }
        let passed = plan.checks.filter { $0.status == .passed }.count
        return "members read: \(planned.observed.service.members.count); grants: \(grantCount); "
            + "changes in the plan: \(plan.changes.count) (\(actions.joined(separator: ", "))); "
            + "checks passed: \(passed) of \(plan.checks.count)"
    }

    /// The plan's time as a multiple of the read's under a limit.
    private func ratio(_ limit: PlanPhases.Limits) -> Double {
        let read = seconds[.init(limits: limit, phase: .read)] ?? 0
        let plan = seconds[.init(limits: limit, phase: .plan)] ?? 0
        return plan / read
    }

    private func title(_ limit: PlanPhases.Limits) -> String {
        switch limit {
        case .published: return "published limits"
        case .lifted: return "lifted limits"
        }
    }

    /// A row per platform: the requests of the read, then of the plan, under each limit.
    private func requestRows(_ limits: [PlanPhases.Limits]) -> [String] {
        let platforms = Set(outcomes.values.flatMap(\.requests.keys)).sorted()
        return platforms.map { platform in
            let cells = limits.map { limit in
                let read = outcomes[.init(limits: limit, phase: .read)]?.requests[platform]
                let plan = outcomes[.init(limits: limit, phase: .plan)]?.requests[platform]
                return Self.cell(String(format: "%5d %5d", read ?? 0, plan ?? 0), 20)
            }
            return Self.cell("requests to \(platform), read and plan", 38) + cells.joined()
        }
    }

    private func timeRow(
        _ label: String, phase: PlanPhases.Phase, _ limits: [PlanPhases.Limits]
    ) -> String {
        let cells = limits.map { limit in
            Self.cell(Self.milliseconds(seconds[.init(limits: limit, phase: phase)] ?? 0), 20)
        }
        return Self.cell(label, 38) + cells.joined()
    }

    private static func cell(_ text: String, _ width: Int) -> String {
        text.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    private static func milliseconds(_ seconds: Double) -> String {
        String(format: "%8.1f ms", seconds * 1000)
    }
}
