// Starts the sandbox for local runs and conformance scripts, prints its endpoints as JSON,
// and serves until SIGINT or SIGTERM. Usage:
//   muster-sandbox-dev [--seed FILE] [--state DIR] [--port-base N]
import Foundation
import MusterSandbox

func option(_ name: String) -> String? {
    CommandLine.arguments.firstIndex(of: name).flatMap {
        $0 + 1 < CommandLine.arguments.count ? CommandLine.arguments[$0 + 1] : nil
    }
}

do {
    var options = SandboxServer.Options(stateDirectory: option("--state"))
    options.portBase = option("--port-base").flatMap { UInt16($0) } ?? 0
    if let path = option("--seed") {
        options.seed = try JSONDecoder().decode(
            SandboxSeed.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
    }
    let server = try SandboxServer(options: options)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = try encoder.encode(["endpoints": server.endpoints])
    FileHandle.standardOutput.write(json + Data("\n".utf8))
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGINT)
    sigaddset(&signals, SIGTERM)
    pthread_sigmask(SIG_BLOCK, &signals, nil)
    var received: Int32 = 0
    sigwait(&signals, &received)
    server.stop()
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
