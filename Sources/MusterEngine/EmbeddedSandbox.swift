import Foundation
import MusterModel
import MusterSandbox

/// The sandbox run inside the process for `--sandbox`: every platform on loopback, seeded from
/// the configuration directory's `sandbox.json` (or the demo seed), its state kept under
/// `.muster/sandbox/` between runs.
///
/// The configuration's endpoints and secrets are ignored: each integration is pointed at the
/// sandbox's port for its platform, with the credentials of that platform's first app in the
/// seed, so a `--sandbox` run needs no credentials at all.
package final class EmbeddedSandbox: Sendable {
    /// The seed file looked for in the configuration directory.
    package static let seedFileName = "sandbox.json"

    package let server: SandboxServer
    package let credentials: SandboxCredentials
    /// The seed file used, or nil for the demo seed.
    package let seedPath: String?

    /// Starts the sandbox with its state in `stateDirectory`.
    ///
    /// - Throws: `EngineError.sandbox` when the seed is unreadable or a server cannot start.
    package init(configurationPaths: [String], stateDirectory: String) throws(EngineError) {
        let seedPath = Self.seedPath(near: configurationPaths)
        var seed = SandboxSeed.demo
        if let seedPath {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: seedPath))
                seed = try JSONDecoder().decode(SandboxSeed.self, from: data)
            } catch {
                throw .sandbox("the sandbox seed \(seedPath) is not readable: \(error)")
            }
        }
        var options = SandboxServer.Options()
        options.seed = seed
        options.stateDirectory = stateDirectory
        do {
            server = try SandboxServer(options: options)
        } catch {
            throw .sandbox(error.description)
        }
        credentials = SandboxCredentials(seed: seed)
        self.seedPath = seedPath
    }

    /// Stops the servers and saves the sandbox's state.
    package func stop() {
        server.stop()
    }

    /// Every integration pointed at its platform's emulator, with the seed's credentials.
    package func access(for configuration: Configuration) -> LiveAccess {
        LiveAccess.sandbox(server, credentials: credentials, for: configuration)
    }

    /// `sandbox.json` in the first configuration directory (or a file's directory) having one.
    private static func seedPath(near paths: [String]) -> String? {
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                continue
            }
            let directory =
                isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
            let candidate = (directory.isEmpty ? "." : directory) + "/" + seedFileName
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }
}

extension LiveAccess {
    /// Every integration of a configuration pointed at a sandbox's emulator for its platform,
    /// with the credentials of that platform's first app in the sandbox's seed.
    package static func sandbox(
        _ server: SandboxServer, credentials: SandboxCredentials, for configuration: Configuration
    ) -> LiveAccess {
        var apps: [String: LiveAccess.App] = [:]
        for integration in configuration.integrations {
            apps[integration.name] = LiveAccess.App(
                platform: integration.platform,
                endpoint: server.endpoint(integration.platform.rawValue)?.url,
                credentials: credentials.apps[integration.platform] ?? [:],
                robotCode: integration.robotCode)
        }
        let service = server.endpoint("flashduty")?.url ?? ""
        return LiveAccess(
            serviceEndpoint: service.hasSuffix("/") ? String(service.dropLast()) : service,
            serviceAppKey: credentials.serviceAppKey ?? "missing", apps: apps)
    }
}
