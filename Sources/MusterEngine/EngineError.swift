import MusterDiagnostics

/// Why a plan or an apply could not run at all.
package enum EngineError: Error, Sendable, CustomStringConvertible {
    /// The embedded sandbox could not start.
    case sandbox(String)
    /// A secret the configuration references is not set.
    case secret(String, at: SourceLocation)
    /// The live side could not be read.
    case read(String)
    /// The state, its lock or its journal failed.
    case state(String)
    /// A saved plan cannot be applied.
    case savedPlan(String)

    /// Where in the configuration the problem is, when it is there.
    package var location: SourceLocation? {
        if case .secret(_, let location) = self { return location }
        return nil
    }

    package var description: String {
        switch self {
        case .sandbox(let reason): return "the sandbox could not start: \(reason)"
        case .secret(let reason, _): return reason
        case .read(let reason): return "the live side could not be read: \(reason)"
        case .state(let reason): return reason
        case .savedPlan(let reason): return reason
        }
    }
}
