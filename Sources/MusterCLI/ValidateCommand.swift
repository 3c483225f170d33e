import Foundation
import MusterConfig
import MusterDiagnostics

/// `muster validate [PATH ...]`: checks the files alone, with no network.
struct ValidateCommand: Command {
    let spec = CommandSpec(
        name: "validate",
        abstract: "Check configuration files, with no network.",
        discussion: """
            Reads every .yaml and .yml file under each PATH (recursively, in sorted order) as \
            one configuration, and reports every problem in every file before it stops. Each \
            diagnostic names its file, line and column. Secrets need not be set unless \
            --check-secrets is given, and their values are never printed.
            """,
        arguments: [
            ArgumentSpec(
                name: "PATH",
                help: "A file or directory of configuration (default: the current directory).",
                isRepeatable: true)
        ],
        options: [
            .output(["text", "json"]),
            OptionSpec(
                names: ["--check-secrets"],
                help: "Also resolve every secret reference, and report those that are not set."),
        ])

    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let paths = arguments.positionals.isEmpty ? ["."] : arguments.positionals
        let result = ConfigurationLoader().load(paths: paths)
        var diagnostics = result.diagnostics
        if arguments.has("--check-secrets"), let configuration = result.configuration {
            diagnostics += SecretResolver(environment: io.environment).check(configuration)
        }
        let report = ValidationReport(result: result, diagnostics: diagnostics)
        if arguments.value("--output") == "json" {
            io.writeOut(report.json())
        } else {
            report.writeText(to: io, noColor: arguments.has("--no-color"), sources: result.sources)
        }
        return report.isValid ? .success : .failure
    }
}
