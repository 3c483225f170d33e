import MusterDiagnostics

/// Why reading or writing the state, its lock, its journal or a saved plan failed.
///
/// Each case carries the file and the facts; `description` is the short lowercase message the
/// CLI prints after `error:`. No message holds a secret: these files hold none.
package enum StateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// A file cannot be written; whatever was at `path` before is intact.
    case unwritable(path: String, reason: String)
    /// The state file is not valid JSON, or not a state.
    case malformedState(path: String, reason: String)
    /// The state file has a format version this muster does not read.
    case unsupportedStateFormat(path: String, found: Int, supported: Int)
    /// Another process holds the state lock; the holder is nil when its info cannot be read.
    case locked(LockHolder?, lockPath: String)
    /// The lock file cannot be opened or locked, for a reason other than a holder.
    case lockFailed(lockPath: String, reason: String)
    /// A force-unlock was refused because a live process holds the lock.
    case lockInUse(LockHolder?, lockPath: String)
    /// A journal is already there: an earlier apply did not finish.
    case journalExists(path: String)
    /// A line of the journal, other than a torn last one, is not a valid record.
    case malformedJournal(path: String, line: Int, reason: String)
    /// The file is not a saved plan.
    case notAPlanFile(path: String, reason: String)
    /// The saved plan has a format version this muster does not read.
    case unsupportedPlanFormat(path: String, found: String, supported: String)

    package var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .unwritable(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .malformedState(let path, let reason):
            return "state file '\(path)' is not valid: \(reason)"
        case .unsupportedStateFormat(let path, let found, let supported):
            return
                "state file '\(path)' has format version \(found); this muster reads \(supported)"
        case .locked(let holder, let lockPath):
            return "state is " + Self.lockedBy(holder, lockPath: lockPath)
        case .lockFailed(let lockPath, let reason):
            return "cannot lock '\(lockPath)': \(reason)"
        case .lockInUse(let holder, let lockPath):
            return "cannot force-unlock: state is "
                + Self.lockedBy(holder, lockPath: lockPath) + ", which is still running"
        case .journalExists(let path):
            return "journal '\(path)' of an unfinished apply is still there"
        case .malformedJournal(let path, let line, let reason):
            return "journal '\(path)' line \(line) is not valid: \(reason)"
        case .notAPlanFile(let path, let reason):
            return "'\(path)' is not a muster plan file: \(reason)"
        case .unsupportedPlanFormat(let path, let found, let supported):
            return "plan file '\(path)' has format version \(found); this muster reads \(supported)"
        }
    }

    /// A stable kebab-case identifier for tools.
    package var code: String {
        switch self {
        case .unreadable: return "file-unreadable"
        case .unwritable: return "file-unwritable"
        case .malformedState: return "malformed-state"
        case .unsupportedStateFormat: return "unsupported-state-format"
        case .locked: return "state-locked"
        case .lockFailed: return "lock-failed"
        case .lockInUse: return "lock-in-use"
        case .journalExists: return "unfinished-apply"
        case .malformedJournal: return "malformed-journal"
        case .notAPlanFile: return "not-a-plan-file"
        case .unsupportedPlanFormat: return "unsupported-plan-format"
        }
    }

    /// The error as a diagnostic with no source location, for the CLI's renderer.
    package var diagnostic: Diagnostic {
        .error(code, description, at: nil)
    }

    private static func lockedBy(_ holder: LockHolder?, lockPath: String) -> String {
        guard let holder else {
            return "locked by another process (its holder info in '\(lockPath)' cannot be read)"
        }
        return "locked by \(holder)"
    }
}
