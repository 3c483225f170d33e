import Foundation
import MusterConfig
import MusterDiagnostics

/// What `validate` found, rendered as text for people or JSON for tools.
struct ValidationReport {
    let fileCount: Int
    let documentCount: Int
    let diagnostics: [Diagnostic]

    init(result: ConfigurationLoadResult, diagnostics: [Diagnostic]) {
        self.fileCount = result.files.count
        self.documentCount = result.documentCount
        self.diagnostics = diagnostics
    }

    var isValid: Bool { !diagnostics.hasErrors }

    /// Diagnostics to standard error, then one line: the verdict on standard output when valid,
    /// or the count on standard error when not.
    func writeText(to io: CommandIO, noColor: Bool, sources: SourceStore) {
        let renderer = DiagnosticRenderer(style: io.errorStyle(noColor: noColor)) { file, line in
            sources.line(line, of: file)
        }
        for diagnostic in diagnostics {
            io.writeError(renderer.render(diagnostic))
        }
        let scope =
            "\(DiagnosticRenderer.plural(documentCount, "document")) in "
            + DiagnosticRenderer.plural(fileCount, "file")
        let counts = DiagnosticRenderer.summary(of: diagnostics)
        if isValid {
            let warnings = counts.map { " (\($0))" } ?? ""
            io.writeOut("Configuration is valid: \(scope)\(warnings).\n")
        } else {
            io.writeError("Configuration is invalid: \(counts ?? "") (\(scope)).\n")
        }
    }

    /// The report as one JSON object, keys sorted, for tools.
    func json() -> String {
        let payload = Payload(
            formatVersion: "1", valid: isValid, fileCount: fileCount, documentCount: documentCount,
            errorCount: diagnostics.filter { $0.severity == .error }.count,
            warningCount: diagnostics.filter { $0.severity == .warning }.count,
            diagnostics: diagnostics.map(JSONDiagnostic.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(payload) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Payload: Encodable {
        let formatVersion: String
        let valid: Bool
        let fileCount: Int
        let documentCount: Int
        let errorCount: Int
        let warningCount: Int
        let diagnostics: [JSONDiagnostic]
    }

    private struct JSONDiagnostic: Encodable {
        let severity: String
        let code: String
        let message: String
        let file: String?
        let line: Int?
        let column: Int?
        let notes: [String]

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            code = diagnostic.code
            message = diagnostic.message
            file = diagnostic.location?.file
            line = diagnostic.location?.line
            column = diagnostic.location?.column
            notes = diagnostic.notes
        }
    }
}
