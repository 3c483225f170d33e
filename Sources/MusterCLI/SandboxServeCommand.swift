import Foundation
import MusterSandbox

/// `muster sandbox serve`: starts the sandbox and serves until SIGINT or SIGTERM.
package struct SandboxServeCommand: Command {
    package let spec = CommandSpec(
        name: "serve",
        abstract: "Serve the sandbox on loopback until interrupted.",
        discussion: """
            Prints each service's base URL, then serves until SIGINT or SIGTERM, and saves the \
            state on the way out. With --state, the whole world is saved atomically within \
            100 ms of every lasting change, and a restart with the same directory shows the same \
            organisation; the saved state wins over --seed. Without --port-base, every port is \
            ephemeral; with it, the admin API listens on N and each platform on N plus its \
            fixed offset. The admin API is described in docs/sandbox.md.
            """,
        options: [
            OptionSpec(
                names: ["--state"], help: "Keep the sandbox's state in this directory.",
                valueName: "dir"),
            OptionSpec(
                names: ["--seed"],
                help: "Start from this organisation (JSON) when no state exists.",
                valueName: "file"),
            OptionSpec(
                names: ["--port-base"], help: "Listen on consecutive ports from this one.",
                valueName: "port"),
            .output(["text", "json"]),
        ])

    /// Blocks until the sandbox should stop; tests replace it to stop at once.
    let waitForStop: @Sendable () -> Void

    package init(waitForStop: @escaping @Sendable () -> Void = SandboxServeCommand.waitForSignal) {
        self.waitForStop = waitForStop
    }

    package func run(_ arguments: ParsedArguments, io: CommandIO) async -> ExitCode {
        let style = io.errorStyle(noColor: arguments.has("--no-color"))
        let options: SandboxServer.Options
        do {
            options = try makeOptions(arguments)
        } catch {
            io.writeError("\(style.red("error:")) \(error.message)\n")
            return error.isUsage ? .usage : .failure
        }
        Self.blockStopSignals()
        let server: SandboxServer
        do {
            server = try SandboxServer(options: options)
        } catch {
            io.writeError("\(style.red("error:")) cannot start the sandbox: \(error.description)\n")
            return .failure
        }
        io.writeOut(
            report(
                server, state: options.stateDirectory, json: arguments.value("--output") == "json"))
        waitForStop()
        server.stop()
        if arguments.value("--output") != "json" {
            io.writeOut("Sandbox stopped.\n")
        }
        return .success
    }

    private func makeOptions(
        _ arguments: ParsedArguments
    ) throws(ServeError) -> SandboxServer.Options {
        var options = SandboxServer.Options(stateDirectory: arguments.value("--state"))
        if let text = arguments.value("--port-base") {
            guard let port = UInt16(text), port > 0 else { throw .badPort(text) }
            options.portBase = port
        }
        if let path = arguments.value("--seed") {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .seedUnreadable(path: path, reason: "no such file")
            }
            do {
                options.seed = try JSONDecoder().decode(SandboxSeed.self, from: data)
            } catch {
                throw .seedUnreadable(path: path, reason: "not a sandbox seed (\(error))")
            }
        }
        return options
    }

    private func report(_ server: SandboxServer, state: String?, json: Bool) -> String {
        if json {
            let payload = ServeReport(endpoints: server.endpoints, stateDirectory: state)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            let data = (try? encoder.encode(payload)) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self) + "\n"
        }
        var out = "Sandbox listening on loopback:\n"
        for endpoint in server.endpoints {
            out += "  " + endpoint.service.padded(to: 12) + endpoint.url + "\n"
        }
        out +=
            state.map { "State: \($0) (saved within 100 ms of every change)\n" }
            ?? "State: in memory only (use --state DIR to keep it)\n"
        out += "Press Ctrl-C to stop.\n"
        return out
    }

    /// Blocks SIGINT and SIGTERM in this thread, before the servers start their threads, so
    /// that the signals wait for `sigwait` instead of killing the process mid-write.
    private static func blockStopSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    /// Waits for SIGINT or SIGTERM.
    @Sendable package static func waitForSignal() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        var received: Int32 = 0
        sigwait(&signals, &received)
    }
}

/// The JSON form of what `serve` prints at start.
private struct ServeReport: Encodable {
    let endpoints: [SandboxEndpoint]
    let stateDirectory: String?
}

/// Why `serve` cannot start.
enum ServeError: Error {
    case badPort(String)
    case seedUnreadable(path: String, reason: String)

    var message: String {
        switch self {
        case .badPort(let text):
            return "'--port-base' must be a port from 1 to 65535, not '\(text)'"
        case .seedUnreadable(let path, let reason): return "cannot read seed '\(path)': \(reason)"
        }
    }

    var isUsage: Bool {
        if case .badPort = self { return true }
        return false
    }
}
