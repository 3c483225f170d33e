import Foundation
import MusterEngine
import MusterModel
import MusterPlan
import MusterState

/// `muster plan`: shows what apply would change on the live side, and saves it on request.
struct PlanCommand: Command {
    let spec = CommandSpec(
        name: "plan",
        abstract: "Show what apply would change on the live side.",
        discussion: """
            Reads the configuration, then the incident service and each integration's IM \
            platform, and prints every change apply would make, in apply order, with the \
            reason and the document behind each. Steps only a person can take (a console \
            switch, a missing app scope) are shown as manual steps. The plan ends with its \
            cost in API calls. Nothing is changed.

            Exit codes: 0 no changes, 1 error, 2 changes present (with --detailed-exitcode), \
            3 blocked by a guardrail.
            """,
        arguments: [
            ArgumentSpec(
                name: "PATH",
                help: "A file or directory of configuration (default: the current directory).",
                isRepeatable: true)
        ],
        options: [
            .output(["text", "json", "markdown"]),
            OptionSpec(
                names: ["--out", "-out"], help: "Save the plan to FILE, for `muster apply FILE`.",
                valueName: "file"),
            OptionSpec(
                names: ["--detailed-exitcode"],
                help: "Exit 2 when there are changes, 0 when there are none."),
            OptionSpec(
                names: ["--show-identities"],
                help: "Also list every bound member's IM accounts, one column per integration."),
        ] + LiveOptions.all)

    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let support = LiveCommandSupport(io: io, arguments: arguments)
        let options: PlanOptions
        do throws(UsageError) {
            options = try LiveOptions.planOptions(arguments)
        } catch {
            return support.fail(error, command: "muster plan")
        }
        let paths = LiveCommandSupport.paths(arguments)
        guard let configuration = support.loadConfiguration(paths) else { return .failure }
        let settings = LiveOptions.settings(arguments, paths: paths, io: io)
        do throws(EngineError) {
            let planned = try await Self.makePlan(configuration, settings, options, support)
            support.write(planned.plan.diagnostics)
            io.writeOut(render(planned.plan, arguments, io: io))
            if arguments.has("--show-identities"), arguments.value("--output") != "json" {
                io.writeOut("\n" + IdentityTableRenderer().render(planned.plan.identities))
            }
            if let out = arguments.value("--out") {
                try save(planned.plan, to: out, paths: paths, configuration.files, options, io)
            }
            return exitCode(planned.plan, detailed: arguments.has("--detailed-exitcode"))
        } catch {
            return support.fail(error)
        }
    }

    /// Connects, reads the live side and plans, noting an interrupted apply's journal.
    static func makePlan(
        _ configuration: MusterModel.Configuration, _ settings: RunSettings,
        _ options: PlanOptions, _ support: LiveCommandSupport
    ) async throws(EngineError) -> PlannedRun {
        let run = try LiveRun(configuration: configuration, settings: settings)
        defer { run.close() }
        let workspace = Workspace(directory: settings.workDirectory)
        let journal = try workspace.journaledWrites()
        if !journal.isEmpty {
            support.note(
                "an interrupted apply left a journal of \(journal.count) write(s); "
                    + "this plan accounts for them, and the next apply resumes from it")
        }
        return try await run.plan(
            options: options, state: try workspace.loadState(), journal: journal)
    }

    private func render(_ plan: Plan, _ arguments: ParsedArguments, io: CommandIO) -> String {
        switch arguments.value("--output") {
        case "json": return PlanJSONRenderer().render(plan, musterVersion: MusterTool.version)
        case "markdown": return PlanMarkdownRenderer().render(plan)
        default:
            return PlanTextRenderer(style: io.outStyle(noColor: arguments.has("--no-color")))
                .render(plan)
        }
    }

    private func save(
        _ plan: Plan, to path: String, paths: [String], _ files: [String], _ options: PlanOptions,
        _ io: CommandIO
    ) throws(EngineError) {
        let file = PlanFile(
            musterVersion: MusterTool.version, createdAt: Date(),
            configuration: SavedConfiguration.make(paths: paths, files: files),
            options: PlanFile.Options(
                adopt: options.adopt, allowDestroy: options.allowDestroy,
                targets: options.targets.map(\.description)),
            plan: plan)
        do {
            try file.write(to: path)
        } catch {
            throw .savedPlan(error.description)
        }
        io.writeError("Saved the plan to \(path); apply it with: muster apply \(path)\n")
    }

    private func exitCode(_ plan: Plan, detailed: Bool) -> ExitCode {
        if plan.hasErrors { return .failure }
        if plan.isBlocked { return .blocked }
        return detailed && plan.hasChanges ? .changesPresent : .success
    }
}

/// The configuration a saved plan was made from: its paths and each file's digest.
enum SavedConfiguration {
    static func make(paths: [String], files: [String]) -> PlanFile.Configuration {
        PlanFile.Configuration(
            paths: paths,
            files: files.sorted().map { path in
                let data = FileManager.default.contents(atPath: path) ?? Data()
                return PlanFile.Configuration.File(path: path, sha256: PlanFile.digest(of: data))
            })
    }

    /// The first file whose content differs from when the plan was saved, if any.
    static func changedFile(_ saved: PlanFile.Configuration, now files: [String]) -> String? {
        let current = make(paths: saved.paths, files: files)
        let before = Dictionary(
            saved.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(
            current.files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        for path in Set(before.keys).union(after.keys).sorted() where before[path] != after[path] {
            return path
        }
        return nil
    }
}
