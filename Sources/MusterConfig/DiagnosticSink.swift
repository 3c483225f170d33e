import MusterDiagnostics
import MusterYAML

/// Collects the diagnostics of one load, so that every problem is reported before stopping.
///
/// A sink is used by one loader at a time and never shared across threads.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    /// Field paths that an unknown key was taken for a misspelling of, such as
    /// `metadata.name` for `nmae`, so their "missing" error is not reported as well.
    private(set) var misspeltFields: Set<String> = []

    func noteMisspelling(of field: String) {
        misspeltFields.insert(field)
    }

    var hasErrors: Bool { diagnostics.hasErrors }

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func error(_ code: String, _ message: String, at mark: YAMLMark?, notes: [String] = []) {
        add(.error(code, message, at: mark.map(SourceLocation.init), notes: notes))
    }

    func warning(_ code: String, _ message: String, at mark: YAMLMark?, notes: [String] = []) {
        add(.warning(code, message, at: mark.map(SourceLocation.init), notes: notes))
    }
}

extension SourceLocation {
    /// The location of a YAML mark.
    init(_ mark: YAMLMark) {
        self.init(file: mark.file, line: mark.line, column: mark.column)
    }
}
