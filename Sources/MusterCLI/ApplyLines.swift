import MusterEngine
import MusterPlan

/// What apply prints: a line per change as it completes, a summary, or one JSON report.
enum ApplyLines {
    static func progress(_ change: Change, _ result: ChangeResult) -> String {
        switch result {
        case .applied(let detail): return "\(change.address): \(detail)\n"
        case .failed(let message): return "\(change.address): failed: \(message)\n"
        case .notAttempted: return "\(change.address): not attempted\n"
        }
    }

    static func summary(
        _ report: ApplyReport, refused: [SavedPlanReview.Refusal], converged: Bool
    ) -> String {
        let counts = count(report)
        var text = "\n"
        if report.isComplete && refused.isEmpty {
            text += "Apply complete: \(counts.applied) change(s) applied.\n"
        } else {
            text +=
                "Apply stopped part-way: \(counts.applied) applied, \(counts.failed) failed, "
                + "\(counts.notAttempted) not attempted, \(refused.count) refused.\n"
            text += "The journal keeps what succeeded; run apply again to finish.\n"
        }
        if converged { text += "Converged: planning again finds no changes.\n" }
        return text
    }

    static func json(
        _ report: ApplyReport?, refused: [SavedPlanReview.Refusal], converged: Bool
    ) -> String {
        var applied: [String] = []
        var failed: [String] = []
        var notAttempted: [String] = []
        for (change, result) in report?.results ?? [] {
            let address = JSONText.quoted(change.address.description)
            switch result {
            case .applied: applied.append(address)
            case .failed(let message):
                failed.append("{\"address\": \(address), \"error\": \(JSONText.quoted(message))}")
            case .notAttempted: notAttempted.append(address)
            }
        }
        let refusals = refused.map {
            "{\"address\": \(JSONText.quoted($0.change.address.description)), "
                + "\"reason\": \(JSONText.quoted($0.reason))}"
        }
        return
            "{\"format_version\": \"\(Plan.formatVersion)\", \"applied\": [\(applied.joined(separator: ", "))], "
            + "\"failed\": [\(failed.joined(separator: ", "))], "
            + "\"not_attempted\": [\(notAttempted.joined(separator: ", "))], "
            + "\"refused\": [\(refusals.joined(separator: ", "))], "
            + "\"converged\": \(converged)}\n"
    }

    private static func count(
        _ report: ApplyReport
    ) -> (applied: Int, failed: Int, notAttempted: Int) {
        var counts = (applied: 0, failed: 0, notAttempted: 0)
        for (_, result) in report.results {
            switch result {
            case .applied: counts.applied += 1
            case .failed: counts.failed += 1
            case .notAttempted: counts.notAttempted += 1
            }
        }
        return counts
    }
}
