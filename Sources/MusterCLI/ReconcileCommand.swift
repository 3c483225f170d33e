import Foundation
import MusterEngine
import MusterModel
import MusterPlan

/// `muster reconcile`: the controller that carries out war-room policies on live incidents.
struct ReconcileCommand: Command {
    let spec = CommandSpec(
        name: "reconcile",
        abstract: "Carry out war-room policies on live incidents.",
        discussion: """
            Each pass reads the open incidents and their rooms, plans the war-room changes \
            the policies call for (create, invite, rename, topic, dissolve), and applies them \
            under the state lock, noting each opening, invitation, rename and dissolution \
            in the incident's timeline. Grants \
            and bindings are left to `muster apply`. With --watch it passes again after every \
            interval, logging one line per action and a heartbeat per pass; an outage or a \
            burst of 429s slows it down and never stops it. A room that cannot be made is \
            tried again on the next pass and holds up no other; five failures in a row end \
            a pass early. SIGINT or SIGTERM stops it after the change in flight. --once does \
            a single pass, for cron jobs.
            """,
        arguments: [
            ArgumentSpec(
                name: "PATH",
                help: "A file or directory of configuration (default: the current directory).",
                isRepeatable: true)
        ],
        options: [
            OptionSpec(names: ["--watch"], help: "Pass again after every interval until stopped."),
            OptionSpec(names: ["--once"], help: "Do a single pass (the default)."),
            OptionSpec(
                names: ["--interval"], help: "Time between passes, as 30s or 2m (default: 30s).",
                valueName: "duration"),
            LiveOptions.sandbox, LiveOptions.adopt, LiveOptions.workDirectory,
            LiveOptions.verbose,
        ])

    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let support = LiveCommandSupport(io: io, arguments: arguments)
        let text = arguments.value("--interval") ?? "30s"
        guard let interval = MusterModel.Duration(parsing: text), interval.seconds > 0 else {
            return support.fail(
                .invalidValue(
                    option: "--interval", value: text, choices: ["30s", "2m"],
                    command: "muster reconcile"),
                command: "muster reconcile")
        }
        let paths = LiveCommandSupport.paths(arguments)
        guard let configuration = support.loadConfiguration(paths) else { return .failure }
        let settings = LiveOptions.settings(arguments, paths: paths, io: io)
        do throws(EngineError) {
            let live = try LiveRun(configuration: configuration, settings: settings)
            defer { live.close() }
            let stop = StopSignal {
                io.writeError("reconcile: stopping after the change in flight\n")
            }
            defer { stop.restore() }
            var options = PlanOptions(rates: LiveRun.publishedRates)
            options.adopt = arguments.has("--adopt")
            let reconciler = Reconciler(
                run: live, workspace: Workspace(directory: settings.workDirectory),
                options: options, interval: Double(interval.seconds),
                log: { line in io.writeOut(Self.stamp() + " " + line + "\n") },
                shouldStop: { stop.isRaised })
            let last = await reconciler.loop(passes: arguments.has("--watch") ? nil : 1)
            return last?.error == nil && (last?.failed ?? 0) == 0 ? .success : .failure
        } catch {
            return support.fail(error)
        }
    }

    private static func stamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
