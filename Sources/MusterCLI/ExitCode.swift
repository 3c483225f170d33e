/// Muster's exit codes, which scripts and pipelines depend on; they never change meaning.
package enum ExitCode: Int32, Sendable, CaseIterable {
    /// Success, and no changes.
    case success = 0
    /// An error.
    case failure = 1
    /// Changes are present (`plan --detailed-exitcode`).
    case changesPresent = 2
    /// Blocked by a guardrail.
    case blocked = 3
    /// Partly applied.
    case partlyApplied = 4
    /// The command line was wrong.
    case usage = 64

    /// What the code means, for help and the README.
    package var meaning: String {
        switch self {
        case .success: return "success, and no changes"
        case .failure: return "error"
        case .changesPresent: return "changes are present (plan --detailed-exitcode)"
        case .blocked: return "blocked by a guardrail"
        case .partlyApplied: return "partly applied"
        case .usage: return "usage error"
        }
    }
}
