import Foundation
import MusterEngine
import MusterModel
import MusterPlan
import MusterState

/// `muster apply`: makes the live side match the configuration, or carries out a saved plan.
struct ApplyCommand: Command {
    let spec = CommandSpec(
        name: "apply",
        abstract: "Make the live side match the configuration.",
        discussion: """
            Plans, shows the plan, asks for confirmation (on a terminal; elsewhere pass \
            --auto-approve), then applies the changes in order under the state lock. Each \
            write is journaled first, so an apply that is stopped part-way is resumed by the \
            next one without repeating what succeeded. After applying, Muster plans again and \
            reports whether the live side converged.

            Given a plan saved by `muster plan --out FILE`, apply carries out exactly that \
            plan, after checking that the configuration is unchanged and that no object the \
            plan relied on has moved; a change whose object moved is refused, never applied.

            Exit codes: 0 applied (or nothing to do), 1 error, 3 blocked by a guardrail, \
            4 partly applied.
            """,
        arguments: [
            ArgumentSpec(
                name: "PATH | PLANFILE",
                help: "Configuration files or directories, or one saved plan file.",
                isRepeatable: true)
        ],
        options: [
            .output(["text", "json"]),
            OptionSpec(
                names: ["--auto-approve"], help: "Apply without asking for confirmation."),
        ] + LiveOptions.all)

    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let support = LiveCommandSupport(io: io, arguments: arguments)
        do throws(EngineError) {
            let saved = try Self.savedPlan(arguments.positionals)
            var options: PlanOptions
            do throws(UsageError) {
                options = try LiveOptions.planOptions(arguments)
            } catch {
                return support.fail(error, command: "muster apply")
            }
            if let saved { options = Self.options(of: saved, base: options) }
            let paths = saved?.configuration.paths ?? LiveCommandSupport.paths(arguments)
            guard let configuration = support.loadConfiguration(paths) else { return .failure }
            if let saved,
                let file = SavedConfiguration.changedFile(
                    saved.configuration, now: configuration.files)
            {
                throw .savedPlan(
                    "the configuration changed since the plan was saved ('\(file)'); "
                        + "run `muster plan --out` again")
            }
            let session = ApplySession(
                support: support, arguments: arguments, io: io, options: options,
                settings: LiveOptions.settings(arguments, paths: paths, io: io))
            return try await session.run(configuration, saved: saved)
        } catch {
            return support.fail(error)
        }
    }

    /// The saved plan named by the only argument, if it names one.
    static func savedPlan(_ positionals: [String]) throws(EngineError) -> PlanFile? {
        guard positionals.count == 1, let path = positionals.first,
            !path.hasSuffix(".yaml"), !path.hasSuffix(".yml")
        else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            !isDirectory.boolValue
        else { return nil }
        do {
            return try PlanFile.read(from: path)
        } catch {
            throw .savedPlan(error.description)
        }
    }

    /// A saved plan's own options win over the command line's.
    private static func options(of saved: PlanFile, base: PlanOptions) -> PlanOptions {
        var options = base
        options.adopt = saved.options.adopt
        options.allowDestroy = saved.options.allowDestroy
        options.targets = saved.options.targets.compactMap(ResourceAddress.parse)
        return options
    }
}
