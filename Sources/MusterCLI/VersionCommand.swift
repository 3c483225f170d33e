/// `muster version`: prints the version, like `muster --version`.
struct VersionCommand: Command {
    let spec = CommandSpec(name: "version", abstract: "Print Muster's version.")

    func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        io.writeOut("muster \(MusterTool.version)\n")
        return .success
    }
}
