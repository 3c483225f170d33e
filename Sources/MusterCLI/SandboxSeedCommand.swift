import Foundation
import MusterDiagnostics
import MusterSandbox

/// `muster sandbox seed`: writes a large, realistic organisation for `sandbox serve --seed`.
package struct SandboxSeedCommand: Command {
    package let spec = CommandSpec(
        name: "seed",
        abstract: "Generate a large, realistic organisation as a sandbox seed.",
        discussion: """
            Writes a seed (JSON, see schema/sandbox-seed.schema.json) with N Flashduty \
            members in teams and channels, and for each platform its users, an app with \
            every war-room scope and a Flashduty integration; only the first platform's \
            integration has war rooms on. Some members have no account on a platform, some \
            accounts are deactivated, some Feishu and Lark emails belong to two users, and \
            phones come in several country formats. The same options always write the same \
            bytes. A one-line summary goes to standard error.
            """,
        options: [
            OptionSpec(
                names: ["--members"], help: "How many Flashduty members (required).",
                valueName: "n"),
            OptionSpec(
                names: ["--platforms"],
                help: "IM platforms, comma-separated (default: all of \(Self.platformList)).",
                valueName: "list"),
            OptionSpec(
                names: ["--seed-value"], help: "Seed of the generator (default: 1).",
                valueName: "k"),
            OptionSpec(
                names: ["--out"], help: "Write to this file, atomically (default: stdout).",
                valueName: "file"),
        ])

    private static let platformList = SeedPlatform.allCases.map(\.rawValue).joined(separator: ",")

    package init() {}

    package func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let style = io.errorStyle(noColor: arguments.has("--no-color"))
        do throws(SeedCommandError) {
            let options = try makeOptions(arguments)
            let seed = SandboxSeedGenerator(options: options).makeSeed()
            let bytes = try encode(seed)
            try write(bytes, to: arguments.value("--out"), io: io)
            io.writeError(
                "\(style.cyan("note:")) \(summary(seed, options, bytes.count, arguments))\n")
            return .success
        } catch {
            io.writeError("\(style.red("error:")) \(error.message)\n")
            guard error.isUsage else { return .failure }
            io.writeError("\(style.cyan("note:")) run 'muster sandbox seed --help' for usage\n")
            return .usage
        }
    }

    private func makeOptions(
        _ arguments: ParsedArguments
    ) throws(SeedCommandError) -> SandboxSeedGenerator.Options {
        guard let text = arguments.value("--members") else { throw .missingMembers }
        guard let members = Int(text), members > 0 else { throw .badMembers(text) }
        guard members <= SandboxSeedGenerator.maximumMembers else { throw .tooManyMembers(text) }
        var options = SandboxSeedGenerator.Options(members: members)
        if let list = arguments.value("--platforms") {
            options.platforms = try platforms(list)
        }
        if let text = arguments.value("--seed-value") {
            guard let value = UInt64(text) else { throw .badSeedValue(text) }
            options.seedValue = value
        }
        return options
    }

    /// The platforms a comma-separated list names, each once, in the order given.
    private func platforms(_ list: String) throws(SeedCommandError) -> [SeedPlatform] {
        var platforms: [SeedPlatform] = []
        for word in list.split(separator: ",", omittingEmptySubsequences: false) {
            let name = word.trimmingCharacters(in: .whitespaces).lowercased()
            guard let platform = SeedPlatform(rawValue: name) else {
                let names = SeedPlatform.allCases.map(\.rawValue)
                throw .unknownPlatform(name, suggestion: Suggestion.closest(to: name, in: names))
            }
            if !platforms.contains(platform) { platforms.append(platform) }
        }
        return platforms
    }

    private func encode(_ seed: SandboxSeed) throws(SeedCommandError) -> Data {
        do {
            return try SandboxSeedGenerator.encoded(seed)
        } catch {
            throw .encodingFailed("\(error)")
        }
    }

    private func write(_ bytes: Data, to path: String?, io: CommandIO) throws(SeedCommandError) {
        guard let path else {
            io.writeOut(String(decoding: bytes, as: UTF8.self) + "\n")
            return
        }
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: io.currentDirectory))
        do {
            try bytes.write(to: url, options: .atomic)
        } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    private func summary(
        _ seed: SandboxSeed, _ options: SandboxSeedGenerator.Options, _ size: Int,
        _ arguments: ParsedArguments
    ) -> String {
        let accounts =
            (seed.slack?.users.count ?? 0) + (seed.feishu?.users.count ?? 0)
            + (seed.lark?.users.count ?? 0) + (seed.dingtalk?.users.count ?? 0)
            + (seed.wecom?.users.count ?? 0)
        let teams = seed.flashduty?.teams?.count ?? 0
        let platforms = options.platforms.map(\.rawValue).joined(separator: ", ")
        let target = arguments.value("--out").map { "'\($0)'" } ?? "standard output"
        return "wrote \(counted(options.members, "member")) in \(counted(teams, "team")) and "
            + "\(counted(accounts, "IM account")) "
            + "on \(platforms.isEmpty ? "no platform" : platforms) "
            + "(seed value \(options.seedValue), \(size) bytes) to \(target)"
    }

    private func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

/// Why `seed` cannot write a seed.
enum SeedCommandError: Error {
    case missingMembers
    case badMembers(String)
    case tooManyMembers(String)
    case unknownPlatform(String, suggestion: String?)
    case badSeedValue(String)
    case encodingFailed(String)
    case writeFailed(path: String, reason: String)

    var message: String {
        switch self {
        case .missingMembers: return "'--members' is required"
        case .badMembers(let text): return "'--members' must be a positive number, not '\(text)'"
        case .tooManyMembers(let text):
            return
                "'--members' must be at most \(SandboxSeedGenerator.maximumMembers), not '\(text)'"
        case .unknownPlatform(let name, let suggestion):
            return "unknown platform '\(name)' in '--platforms'"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .badSeedValue(let text):
            return "'--seed-value' must be a number from 0 to \(UInt64.max), not '\(text)'"
        case .encodingFailed(let reason): return "cannot encode the seed: \(reason)"
        case .writeFailed(let path, let reason): return "cannot write '\(path)': \(reason)"
        }
    }

    var isUsage: Bool {
        switch self {
        case .encodingFailed, .writeFailed: return false
        default: return true
        }
    }
}
