/// Renders diagnostics for a person: `path:line:col: error: message`, the source line, and a
/// caret under the column.
///
/// The renderer never reads files itself; the caller hands it the source lines it already has,
/// so rendering is cheap and deterministic.
package struct DiagnosticRenderer: Sendable {
    /// Looks up one line (1-based) of a file's text, if the file was read.
    package typealias SourceLineProvider = @Sendable (_ file: String, _ line: Int) -> String?

    package let style: TextStyle
    package let sourceLine: SourceLineProvider

    package init(style: TextStyle, sourceLine: @escaping SourceLineProvider) {
        self.style = style
        self.sourceLine = sourceLine
    }

    /// The full text of one diagnostic, ending with a newline.
    package func render(_ diagnostic: Diagnostic) -> String {
        var out = header(for: diagnostic)
        if let location = diagnostic.location, let line = sourceLine(location.file, location.line) {
            out += snippet(line: line, at: location)
        }
        for note in diagnostic.notes {
            out += "\(style.cyan("note:")) \(note)\n"
        }
        return out
    }

    /// All diagnostics in order, then a count line such as `2 errors, 1 warning`.
    package func render(_ diagnostics: [Diagnostic]) -> String {
        var out = diagnostics.map(render).joined()
        if let summary = Self.summary(of: diagnostics) {
            out += summary + "\n"
        }
        return out
    }

    /// `2 errors, 1 warning`, or nil when there is nothing to count.
    package static func summary(of diagnostics: [Diagnostic]) -> String? {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        var parts: [String] = []
        if errors > 0 { parts.append(plural(errors, "error")) }
        if warnings > 0 { parts.append(plural(warnings, "warning")) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `1 file`, `2 files`.
    package static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    private func header(for diagnostic: Diagnostic) -> String {
        let label: String
        switch diagnostic.severity {
        case .error: label = style.red("error:")
        case .warning: label = style.yellow("warning:")
        case .note: label = style.cyan("note:")
        }
        let place = diagnostic.location.map { style.bold("\($0):") + " " } ?? ""
        return "\(place)\(label) \(style.bold(diagnostic.message))\n"
    }

    private func snippet(line: String, at location: SourceLocation) -> String {
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let shown = line.replacingTabs()
        let padding = caretPadding(line: line, column: location.column)
        return " \(style.dim(number + " |")) \(shown)\n"
            + " \(style.dim(gutter + " |")) \(padding)\(style.green("^"))\n"
    }

    /// Spaces up to the column, keeping tabs as tabs so the caret lines up in a terminal.
    private func caretPadding(line: String, column: Int) -> String {
        var padding = ""
        for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
            padding += scalar == "\t" ? "    " : " "
        }
        let missing = column - 1 - line.unicodeScalars.count
        if missing > 0 { padding += String(repeating: " ", count: missing) }
        return padding
    }
}

extension String {
    /// The line with each tab shown as four spaces, matching the caret's padding.
    fileprivate func replacingTabs() -> String {
        unicodeScalars.contains("\t")
            ? split(separator: "\t", omittingEmptySubsequences: false)
                .joined(separator: "    ") : self
    }
}
