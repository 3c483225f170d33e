import Foundation
import MusterConfig
import MusterDiagnostics
import MusterEngine
import MusterModel
import MusterPlan

/// What plan and apply share: loading the configuration, reporting errors and diagnostics.
struct LiveCommandSupport {
    let io: CommandIO
    let noColor: Bool

    init(io: CommandIO, arguments: ParsedArguments) {
        self.io = io
        self.noColor = arguments.has("--no-color")
    }

    /// The configuration, or nil after printing every problem in it.
    func loadConfiguration(_ paths: [String]) -> Configuration? {
        let result = ConfigurationLoader().load(paths: paths)
        guard let configuration = result.configuration else {
            let report = ValidationReport(result: result, diagnostics: result.diagnostics)
            report.writeText(to: io, noColor: noColor, sources: result.sources)
            return nil
        }
        return configuration
    }

    /// Prints an error that stops the command; returns the failure exit code.
    func fail(_ error: EngineError) -> ExitCode {
        let diagnostic = Diagnostic(
            .error, code: "run-failed", error.description, at: error.location)
        io.writeError(renderer.render(diagnostic))
        return .failure
    }

    /// Prints a usage error and where help is; returns the usage exit code.
    func fail(_ error: UsageError, command: String) -> ExitCode {
        let style = io.errorStyle(noColor: noColor)
        io.writeError("\(style.red("error:")) \(error.message)\n")
        io.writeError("\(style.cyan("note:")) run '\(command) --help' for usage\n")
        return .usage
    }

    /// Prints diagnostics to standard error, each with its source line.
    func write(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { io.writeError(renderer.render(diagnostic)) }
    }

    /// Prints a note to standard error.
    func note(_ text: String) {
        let style = io.errorStyle(noColor: noColor)
        io.writeError("\(style.cyan("note:")) \(text)\n")
    }

    private var renderer: DiagnosticRenderer {
        let lines = SourceLines()
        return DiagnosticRenderer(style: io.errorStyle(noColor: noColor)) { file, line in
            lines.line(line, of: file)
        }
    }

    /// The configuration paths, `.` when none are given.
    static func paths(_ arguments: ParsedArguments) -> [String] {
        arguments.positionals.isEmpty ? ["."] : arguments.positionals
    }
}

/// Reads the lines of configuration files on demand, for diagnostics found after loading.
final class SourceLines: Sendable {
    func line(_ number: Int, of file: String) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }
}
