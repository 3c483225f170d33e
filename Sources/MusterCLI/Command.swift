/// A subcommand of `muster`, or a group of them such as `muster sandbox`.
package protocol Command: Sendable {
    /// What the command accepts, for parsing and help.
    var spec: CommandSpec { get }

    /// The commands under this one; a group has some and is not run itself.
    var subcommands: [any Command] { get }

    /// Runs the command with its parsed arguments.
    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode
}

extension Command {
    package var subcommands: [any Command] { [] }

    package func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode { .usage }
}
