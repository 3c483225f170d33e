import MusterDiagnostics

/// The `muster` command line: finds the command, parses its arguments and runs it.
///
/// `run` returns the exit code instead of exiting, so tests drive the whole tool in-process.
package struct MusterTool: Sendable {
    /// The version printed by `--version`.
    package static let version = "0.1.0"

    package let commands: [any Command]

    package init(commands: [any Command] = MusterTool.defaultCommands) {
        self.commands = commands
    }

    /// Every command, in the order help lists them.
    package static let defaultCommands: [any Command] = [
        ValidateCommand(), PlanCommand(), ApplyCommand(), ReconcileCommand(), StateCommand(),
        SandboxCommand(), VersionCommand(),
    ]

    /// Runs the tool with the words after the executable's name.
    package func run(_ words: [String], io: CommandIO) async -> ExitCode {
        guard let first = words.first else {
            io.writeOut(HelpRenderer().toolHelp(commands: commands.map(\.spec)))
            return .usage
        }
        switch first {
        case "--help", "-h", "help":
            return await help(for: Array(words.dropFirst()), io: io)
        case "--version":
            io.writeOut("muster \(Self.version)\n")
            return .success
        default:
            return await runCommand(first, Array(words.dropFirst()), io: io)
        }
    }

    private func runCommand(_ name: String, _ words: [String], io: CommandIO) async -> ExitCode {
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            let names = commands.map(\.spec.name)
            let error: UsageError =
                name.hasPrefix("-")
                ? .unknownOption(
                    name, command: "muster",
                    suggestion: Suggestion.closest(to: name, in: ["--help", "--version"]))
                : .unknownCommand(name, suggestion: Suggestion.closest(to: name, in: names))
            return report(error, io: io, noColor: false)
        }
        return await run(command, path: "muster \(name)", words, io: io)
    }

    /// Runs a command, or for a group, the subcommand its first word names.
    private func run(
        _ command: any Command, path: String, _ words: [String], io: CommandIO
    ) async -> ExitCode {
        guard command.subcommands.isEmpty else {
            return await runGroup(command, path: path, words, io: io)
        }
        let parser = ArgumentParser(spec: command.spec, commandPath: path)
        let noColor = words.contains("--no-color")
        do throws(UsageError) {
            let arguments = try parser.parse(words)
            if arguments.has("--help") {
                io.writeOut(HelpRenderer().commandHelp(command.spec, path: path))
                return .success
            }
            return await command.run(arguments, io: io)
        } catch {
            return report(error, io: io, noColor: noColor)
        }
    }

    private func runGroup(
        _ group: any Command, path: String, _ words: [String], io: CommandIO
    ) async -> ExitCode {
        guard let name = words.first, !["--help", "-h"].contains(name) else {
            io.writeOut(
                HelpRenderer().groupHelp(
                    group.spec, path: path, subcommands: group.subcommands.map(\.spec)))
            return words.isEmpty ? .usage : .success
        }
        guard let command = group.subcommands.first(where: { $0.spec.name == name }) else {
            let names = group.subcommands.map(\.spec.name)
            let error = UsageError.unknownSubcommand(
                name, group: path, suggestion: Suggestion.closest(to: name, in: names))
            return report(error, io: io, noColor: false)
        }
        return await run(command, path: "\(path) \(name)", Array(words.dropFirst()), io: io)
    }

    private func help(for words: [String], io: CommandIO) async -> ExitCode {
        guard let name = words.first else {
            io.writeOut(HelpRenderer().toolHelp(commands: commands.map(\.spec)))
            return .success
        }
        guard let command = commands.first(where: { $0.spec.name == name }) else {
            let suggestion = Suggestion.closest(to: name, in: commands.map(\.spec.name))
            return report(.unknownCommand(name, suggestion: suggestion), io: io, noColor: false)
        }
        guard command.subcommands.isEmpty else {
            return await runGroup(command, path: "muster \(name)", ["--help"], io: io)
        }
        io.writeOut(HelpRenderer().commandHelp(command.spec))
        return .success
    }

    private func report(_ error: UsageError, io: CommandIO, noColor: Bool) -> ExitCode {
        let style = io.errorStyle(noColor: noColor)
        io.writeError("\(style.red("error:")) \(error.message)\n")
        io.writeError("\(style.cyan("note:")) run '\(error.helpCommand)' for usage\n")
        return .usage
    }
}
