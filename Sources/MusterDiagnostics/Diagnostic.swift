/// One problem found in the user's input, with where it is and what to do about it.
///
/// A diagnostic is a value: areas collect them and the CLI renders them. The message is short
/// and lowercase and quotes the object; `notes` carry advice or related places.
package struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious a diagnostic is.
    package enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }

        package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    package let severity: Severity
    /// A stable kebab-case identifier for tools, such as `unknown-key`.
    package let code: String
    package let message: String
    package let location: SourceLocation?
    package let notes: [String]

    package init(
        _ severity: Severity, code: String, _ message: String, at location: SourceLocation?,
        notes: [String] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// An error diagnostic.
    package static func error(
        _ code: String, _ message: String, at location: SourceLocation?, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message, at: location, notes: notes)
    }

    /// A warning diagnostic.
    package static func warning(
        _ code: String, _ message: String, at location: SourceLocation?, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message, at: location, notes: notes)
    }

    /// Whether this diagnostic stops the command.
    package var isError: Bool { severity == .error }
}

extension Array where Element == Diagnostic {
    /// Whether any element is an error.
    package var hasErrors: Bool { contains { $0.isError } }

    /// The diagnostics in file, line and column order; those without a place come first, and
    /// the original order breaks ties so that output is stable.
    package func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let l?, let r?): return l == r ? a.offset < b.offset : l < r
            }
        }.map(\.element)
    }
}
