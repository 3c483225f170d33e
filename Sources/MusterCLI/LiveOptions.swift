import MusterEngine
import MusterPlan

/// The options every command that reaches the live side shares.
enum LiveOptions {
    static let sandbox = OptionSpec(
        names: ["--sandbox"],
        help: "Run against the embedded sandbox (state in .muster/sandbox), with no credentials.")
    static let verbose = OptionSpec(
        names: ["--verbose", "-v"],
        help: "Log every request (method, path, status, duration, attempt) to standard error.")
    static let adopt = OptionSpec(
        names: ["--adopt"], help: "Take over existing objects that match the configuration.")
    static let allowDestroy = OptionSpec(
        names: ["--allow-destroy"],
        help: "Let the plan delete more than 30% of a kind's managed objects.")
    static let target = OptionSpec(
        names: ["--target"], help: "Plan only this address and what it depends on (repeatable).",
        valueName: "address")
    static let workDirectory = OptionSpec(
        names: ["--state-dir"],
        help: "Where the state, its lock and the journal live (default: .muster).",
        valueName: "dir")

    static let strictBindings = OptionSpec(
        names: ["--strict-bindings"],
        help: "Fail on members who cannot be resolved on their binding's platform.")

    static let all = [sandbox, adopt, allowDestroy, strictBindings, target, workDirectory, verbose]

    /// The run's settings from the parsed arguments.
    static func settings(
        _ arguments: ParsedArguments, paths: [String], io: CommandIO
    ) -> RunSettings {
        let directory = arguments.value("--state-dir") ?? ".muster"
        let verbose: (@Sendable (String) -> Void)? =
            arguments.has("--verbose") ? { @Sendable line in io.writeError(line + "\n") } : nil
        return RunSettings(
            paths: paths, useSandbox: arguments.has("--sandbox"),
            workDirectory: directory.hasPrefix("/")
                ? directory : io.currentDirectory + "/" + directory,
            environment: io.environment, verbose: verbose)
    }

    /// The planner's options from the parsed arguments.
    static func planOptions(_ arguments: ParsedArguments) throws(UsageError) -> PlanOptions {
        var targets: [ResourceAddress] = []
        for text in arguments.options["--target"] ?? [] {
            guard let address = ResourceAddress.parse(text) else {
                throw .invalidAddress(text)
            }
            targets.append(address)
        }
        return PlanOptions(
            adopt: arguments.has("--adopt"), allowDestroy: arguments.has("--allow-destroy"),
            strictBindings: arguments.has("--strict-bindings"), targets: targets,
            rates: LiveRun.publishedRates)
    }
}
