import Foundation
import MusterHTTP
import MusterSandbox

/// A sandbox started from a seed written in the test, a configuration in a temporary
/// directory, and the tool run against both.
///
/// The seed is JSON-shaped (`[String: Any]`), so a test writes only the fields it needs; the
/// clock is frozen. The configuration reaches the sandbox through `endpoint` fields and secrets
/// in `environment`, as it would reach the real platforms, and tests read the sandbox's world
/// afterwards to check what really happened.
final class SandboxHarness: Sendable {
    let server: SandboxServer
    let directory: String
    let environment: [String: String]
    let client = HTTPClient()

    var configuration: String { directory + "/config" }
    var stateDirectory: String { directory + "/.muster" }

    /// Starts the sandbox; the configuration is empty until `write(_:)`.
    ///
    /// - Parameters:
    ///   - seed: The seed's sections by platform; `frozenClock` is added.
    ///   - environment: The variables the configuration's secrets name.
    init(seed: [String: Any], environment: [String: String]) throws {
        var json = seed
        json["frozenClock"] = 1_800_000_000
        let data = try JSONSerialization.data(withJSONObject: json)
        server = try SandboxServer(
            options: .init(seed: try JSONDecoder().decode(SandboxSeed.self, from: data)))
        self.environment = environment
        directory = NSTemporaryDirectory() + "muster-sandbox-\(UUID().uuidString)"
        try FileManager.default.createDirectory(
            atPath: configuration, withIntermediateDirectories: true)
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Writes the configuration's one file.
    func write(_ documents: String) throws {
        try documents.write(
            toFile: configuration + "/muster.yaml", atomically: true, encoding: .utf8)
    }

    /// A service's URL as a configuration's `endpoint` takes it; Flashduty's without the slash.
    func endpoint(_ service: String) -> String {
        let url = server.endpoint(service)?.url ?? ""
        return service == "flashduty" && url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    /// Runs `muster COMMAND CONFIG --state-dir … WORDS`.
    func muster(_ command: String, _ words: [String] = []) async -> ToolRun {
        await ToolRun(
            [command, configuration, "--state-dir", stateDirectory] + words,
            environment: environment)
    }

    /// Runs `muster state SUBCOMMAND WORDS --state-dir …`.
    func state(_ subcommand: String, _ words: [String] = []) async -> ToolRun {
        await ToolRun(
            ["state", subcommand] + words + ["--state-dir", stateDirectory],
            environment: environment)
    }

    /// Output with the temporary directory's path replaced, for golden files.
    func relativized(_ text: String) -> String {
        text.replacingOccurrences(of: directory, with: "<dir>")
    }

    /// The IM account each member is linked to on a Flashduty integration, by member id.
    func links(integration id: Int) -> [Int: String] {
        server.store.read { world in
            let links = world.flashduty.integrations.first { $0.id == id }?.links ?? []
            return Dictionary(links.map { ($0.memberId, $0.imUserId) }) { first, _ in first }
        }
    }

    /// How many times the sandbox answered a method of a service.
    func count(_ service: String, _ method: String) -> Int {
        server.store.read { $0.counters.count(service: service, method: method) }
    }

    /// Posts to one of the sandbox's admin routes, such as `slack/drift`.
    func admin(_ route: String, _ body: [String: Any]) async throws {
        let url = (server.endpoint("admin")?.url ?? "") + route
        let response = try await client.send(
            HTTPClientRequest(
                method: "POST", url: url, headers: [("Content-Type", "application/json")],
                body: try JSONSerialization.data(withJSONObject: body)))
        guard response.status == 200 else {
            throw AdminRefused(route: route, answer: String(decoding: response.body, as: UTF8.self))
        }
    }
}

/// The sandbox refused an admin call.
struct AdminRefused: Error, CustomStringConvertible {
    let route: String
    let answer: String

    var description: String { "\(route): \(answer)" }
}
