import MusterDiagnostics

/// The sentences the text and Markdown renderers share, so both say the same thing the same
/// way: the cost, the summary count and the checks worth showing.
enum PlanWording {
    /// The verdict on a plan without changes, and the sentence that follows it.
    static let noChanges = "No changes."
    static let noChangesDetail = "The live side matches the configuration."

    /// One sentence per platform that apply calls or planning read, in the cost's order.
    ///
    /// As `5 calls to flashduty (about 0.5 s at the published rate limits); reading the live
    /// side took 12 calls.`
    static func costSentences(_ cost: PlanCost) -> [String] {
        cost.platforms.compactMap(costSentence)
    }

    private static func costSentence(_ platform: PlanCost.Platform) -> String? {
        guard platform.calls > 0 || platform.readCalls > 0 else { return nil }
        var sentence = "no calls to \(platform.platform)"
        if platform.calls > 0 {
            sentence = DiagnosticRenderer.plural(platform.calls, "call") + " to "
            sentence += "\(platform.platform) (\(duration(platform.seconds)) at the published "
            sentence += "rate limits)"
        }
        if platform.readCalls > 0 {
            let reads = DiagnosticRenderer.plural(platform.readCalls, "call")
            sentence += "; reading the live side took \(reads)"
        }
        return sentence + "."
    }

    /// `about 1.5 s`, or `under 0.1 s`: tenths of a second, rounded half away from zero, so
    /// the same number always prints the same.
    static func duration(_ seconds: Double) -> String {
        let tenths = seconds.isFinite ? Int((seconds * 10).rounded()) : 0
        guard tenths >= 1 else { return "under 0.1 s" }
        return "about \(tenths / 10).\(tenths % 10) s"
    }

    /// `Plan: 2 to create, 1 to update, 0 to delete, 1 to adopt, 1 manual step.`
    ///
    /// Create, update and delete are always counted, as Terraform does; replace, adopt,
    /// forget and manual steps only when there are some.
    static func summarySentence(_ summary: [Change.Action: Int]) -> String {
        var parts = [Change.Action.create, .update, .delete].map { action in
            "\(summary[action, default: 0]) to \(action.rawValue)"
        }
        for action in [Change.Action.replace, .adopt, .forget] where summary[action] != nil {
            parts.append("\(summary[action, default: 0]) to \(action.rawValue)")
        }
        if let manual = summary[.manual] {
            parts.append(DiagnosticRenderer.plural(manual, "manual step"))
        }
        return "Plan: " + parts.joined(separator: ", ") + "."
    }

    /// The checks a person must look at: those that failed or could not be made.
    static func unpassedChecks(_ plan: Plan) -> [PlanCheck] {
        plan.checks.filter { $0.status != .passed }
    }
}
