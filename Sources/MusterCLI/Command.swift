/// A subcommand of `muster`.
package protocol Command: Sendable {
    /// What the command accepts, for parsing and help.
    var spec: CommandSpec { get }

    /// Runs the command with its parsed arguments.
    func run(_ arguments: ParsedArguments, io: CommandIO) -> ExitCode
}
