import Foundation
import MusterHTTP
import MusterSandbox
import MusterTestSupport

/// A sandbox seeded with the quickstart organisation, a configuration pointed at it in a
/// temporary directory, and the tool run against both, for end-to-end tests of plan and apply.
///
/// The configuration reaches the sandbox the way it would reach the real platforms: through
/// `endpoint` fields and secrets in the environment. Tests check the sandbox's own world
/// afterwards, not only what Muster printed.
final class ApplyHarness: Sendable {
    static let commanderRole = """
        apiVersion: muster.dev/v1
        kind: PermissionGrant
        metadata: {name: commanders}
        spec:
          role: Incident commander
          description: Runs the response
          permissions: [Incidents Manage, Incidents Read]
          members: [erin@example.com]
          teams: [sre]

        """

    let server: SandboxServer
    let directory: String
    let client = HTTPClient()

    var configuration: String { directory + "/config" }
    var stateDirectory: String { directory + "/.muster" }
    var environment: [String: String] {
        ["FD_KEY": "fd-quickstart-admin", "SLACK_TOKEN": "xoxb-quickstart"]
    }

    /// - Parameter documents: More documents beside the quickstart's service, integration,
    ///   app scopes and Responder grant.
    init(documents: String = commanderRole) throws {
        let seedPath = GoldenFile.path("examples/quickstart/sandbox.json")
        let seed = try JSONDecoder().decode(
            SandboxSeed.self, from: Data(contentsOf: URL(fileURLWithPath: seedPath)))
        server = try SandboxServer(options: .init(seed: seed))
        directory = NSTemporaryDirectory() + "muster-apply-\(UUID().uuidString)"
        try FileManager.default.createDirectory(
            atPath: directory + "/config", withIntermediateDirectories: true)
        try write(documents: documents)
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Rewrites the configuration's extra documents.
    func write(documents: String) throws {
        try (baseDocuments + (documents.isEmpty ? "" : "---\n" + documents)).write(
            toFile: configuration + "/muster.yaml", atomically: true, encoding: .utf8)
    }

    private var baseDocuments: String {
        let flashduty = String((server.endpoint("flashduty")?.url ?? "").dropLast())
        let slack = server.endpoint("slack")?.url ?? ""
        return """
            apiVersion: muster.dev/v1
            kind: Service
            metadata: {name: flashduty}
            spec: {endpoint: "\(flashduty)", appKey: "${env:FD_KEY}"}
            ---
            apiVersion: muster.dev/v1
            kind: Integration
            metadata: {name: slack-prod}
            spec:
              platform: slack
              endpoint: "\(slack)"
              integrationId: 2476444212131
              credentials: {botToken: "${env:SLACK_TOKEN}"}
              warRoom: enabled
            ---
            apiVersion: muster.dev/v1
            kind: PermissionGrant
            metadata: {name: slack-war-room-app}
            spec:
              integration: slack-prod
              scopes: [channels:manage, groups:write, chat:write, users:read, users:read.email]
            ---
            apiVersion: muster.dev/v1
            kind: PermissionGrant
            metadata: {name: sre-responders}
            spec:
              role: Responder
              members: [alice@example.com, bob@example.com]
              teams: [sre]

            """
    }

    /// Runs `muster COMMAND CONFIG --state-dir … WORDS`.
    func muster(_ command: String, _ words: [String] = [], config: String? = nil) async -> ToolRun {
        await ToolRun(
            [command, config ?? configuration, "--state-dir", stateDirectory] + words,
            environment: environment)
    }

    /// Output with the temporary directory's path replaced, for golden files.
    func relativized(_ text: String) -> String {
        text.replacingOccurrences(of: directory, with: "<dir>")
    }

    /// The role ids a sandbox member holds.
    func roles(of memberID: Int) -> [Int] {
        server.store.read { world in
            world.flashduty.members.first { $0.id == memberID }?.roleIds ?? []
        }
    }

    /// The sandbox's roles with a name.
    func roles(named name: String) -> [Int] {
        server.store.read { world in world.flashduty.roles.filter { $0.name == name }.map(\.id) }
    }

    /// How many times the sandbox answered a Flashduty method.
    func count(_ method: String) -> Int {
        server.store.read { $0.counters.count(service: "flashduty", method: method) }
    }

    /// Posts to one of the sandbox's admin routes.
    func admin(_ route: String, _ body: [String: Any]) async throws {
        let url = (server.endpoint("admin")?.url ?? "") + route
        let response = try await client.send(
            HTTPClientRequest(
                method: "POST", url: url, headers: [("Content-Type", "application/json")],
                body: try JSONSerialization.data(withJSONObject: body)))
        guard response.status == 200 else {
            throw HarnessError.admin(route, String(decoding: response.body, as: UTF8.self))
        }
    }

    enum HarnessError: Error { case admin(String, String) }
}
