import Foundation
import MusterConfig
import MusterEngine
import MusterHTTP
import MusterModel
import MusterSandbox
import Testing

/// A demo sandbox with its clock frozen and every rate limit off, war rooms on for one IM
/// platform's integration, and a configuration of that integration plus some policies.
///
/// Each reader gets connections of its own, so their request log holds its read alone.
struct IncidentReaderHarness {
    static let frozenClock = 1_800_000_000.0

    let server: SandboxServer
    let seed: SandboxSeed
    let target: RoomPlatform
    let configuration: Configuration
    let client = HTTPClient()

    /// - Parameters:
    ///   - policies: `WarRoomPolicy` documents on the integration `im`.
    ///   - change: A last change to the demo seed.
    static func run<R>(
        on target: RoomPlatform = .slack, policies: String,
        seed change: (inout SandboxSeed) -> Void = { _ in },
        _ body: (IncidentReaderHarness) async throws -> R
    ) async throws -> R {
        var seed = makeSeed(warRoomsOn: target.integrationID)
        change(&seed)
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        let configuration = try loadConfiguration(target.integrationDocument + "---\n" + policies)
        let harness = IncidentReaderHarness(
            server: server, seed: seed, target: target, configuration: configuration)
        return try await body(harness)
    }

    var now: Double { server.store.snapshot.clock.now }

    /// Connections to every platform of the sandbox, as `--sandbox` makes them.
    func makeConnections() -> LiveConnections {
        let credentials = SandboxCredentials(seed: seed)
        var apps: [String: LiveAccess.App] = [:]
        for integration in configuration.integrations {
            apps[integration.name] = LiveAccess.App(
                platform: integration.platform,
                endpoint: server.endpoint(integration.platform.rawValue)?.url,
                credentials: credentials.apps[integration.platform] ?? [:])
        }
        let service = String((server.endpoint("flashduty")?.url ?? "").dropLast())
        return LiveConnections(
            access: LiveAccess(
                serviceEndpoint: service, serviceAppKey: "fd-sandbox-demo", apps: apps))
    }

    /// Posts to an admin route, such as `flashduty/incidents`, and returns the answer.
    @discardableResult
    func admin(_ route: String, _ body: [String: Any]) async throws -> [String: Any] {
        try await post((server.endpoint("admin")?.url ?? "") + route, body)
    }

    /// Calls the Flashduty Open API directly, for what the adapter has no call for.
    @discardableResult
    func flashduty(_ path: String, _ body: [String: Any]) async throws -> [String: Any] {
        let base = String((server.endpoint("flashduty")?.url ?? "").dropLast())
        return try await post(base + path + "?app_key=fd-sandbox-demo", body)
    }

    /// Opens an incident as an alert would, and returns its id.
    func openIncident(
        _ title: String, severity: String = "Critical", responders: [Int] = [1003, 1006],
        labels: [String: String] = [:]
    ) async throws -> String {
        let answer = try await admin(
            "flashduty/incidents",
            [
                "title": title, "severity": severity, "responder_ids": responders,
                "channel_id": 4001, "labels": labels,
            ])
        return answer["incident_id"] as? String ?? ""
    }

    /// The id of a seeded incident, by title.
    func incidentID(titled title: String) -> String {
        server.store.snapshot.flashduty.incidents.first { $0.title == title }?.id ?? ""
    }

    /// The chat as the target platform's own world holds it.
    func chat(_ id: String) -> WarRoomChat? {
        let world = server.store.snapshot
        switch target.platform {
        case .slack: return world.slack.chat(id, app: target.app)
        case .feishu: return world.feishu.chat(id, app: target.app)
        case .lark: return world.lark.chat(id, app: target.app)
        case .dingtalk: return world.dingtalk.chat(id, app: target.app)
        case .wecom: return world.wecom.chat(id, app: target.app)
        }
    }

    private func post(_ url: String, _ body: [String: Any]) async throws -> [String: Any] {
        let response = try await client.send(
            HTTPClientRequest(
                method: "POST", url: url, headers: [("Content-Type", "application/json")],
                body: try JSONSerialization.data(withJSONObject: body)))
        let object = try JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        return (object?["data"] as? [String: Any]) ?? object ?? [:]
    }

    /// The demo seed, frozen, unthrottled, with war rooms on one integration only.
    private static func makeSeed(warRoomsOn integrationID: Int) -> SandboxSeed {
        var seed = SandboxSeed.demo
        seed.frozenClock = frozenClock
        var flashduty = seed.flashduty ?? FlashdutySeed()
        flashduty.rateLimits = FlashdutyRateLimits(isEnabled: false)
        flashduty.integrations = flashduty.integrations?.map {
            var integration = $0
            integration.isWarRoomEnabled = integration.id == integrationID
            return integration
        }
        seed.flashduty = flashduty
        var slackLimits = SlackRateLimits()
        slackLimits.isEnabled = false
        seed.slack?.rateLimits = slackLimits
        seed.feishu?.rateLimits = FeishuRateLimits(isEnabled: false)
        seed.lark?.rateLimits = FeishuRateLimits(isEnabled: false)
        seed.dingtalk?.queriesPerSecond = 0
        return seed
    }

    private static func loadConfiguration(_ documents: String) throws -> Configuration {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("muster-incident-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("muster.yaml")
        let service = """
            apiVersion: muster.dev/v1
            kind: Service
            metadata: {name: flashduty}
            spec: {appKey: "${env:FD_KEY}"}
            ---

            """
        try (service + documents).write(to: file, atomically: true, encoding: .utf8)
        let result = ConfigurationLoader().load(paths: [file.path])
        guard let configuration = result.configuration else {
            throw HarnessError.invalidConfiguration(result.diagnostics.map(\.message))
        }
        return configuration
    }

    enum HarnessError: Error { case invalidConfiguration([String]) }
}

/// One IM platform of the demo seed, with the integration document that reaches it.
struct RoomPlatform: Sendable, CustomTestStringConvertible {
    var platform: Platform
    var integrationID: Int
    /// The app the service's war rooms use there, as the sandbox names it.
    var app: String
    var credentials: String

    var testDescription: String { platform.rawValue }
    var hasTopic: Bool { platform == .slack || platform == .feishu || platform == .lark }

    static let slack = RoomPlatform(
        platform: .slack, integrationID: 5001, app: "A0SANDBOX",
        credentials: #"{botToken: "${env:SLACK_TOKEN}"}"#)
    static let feishu = RoomPlatform(
        platform: .feishu, integrationID: 5002, app: "cli_feishu_demo",
        credentials: #"{appId: cli_feishu_demo, appSecret: "${env:FEISHU_SECRET}"}"#)
    static let dingtalk = RoomPlatform(
        platform: .dingtalk, integrationID: 5004, app: "dingsandboxdemo",
        credentials: #"{appKey: dingsandboxdemo, appSecret: "${env:DINGTALK_SECRET}"}"#)
    static let wecom = RoomPlatform(
        platform: .wecom, integrationID: 5005, app: "1000002",
        credentials:
            #"{corpId: wwsandboxcorp, agentId: 1000002, corpSecret: "${env:WECOM_SECRET}"}"#
    )
    static let all = [slack, feishu, dingtalk, wecom]

    var integrationDocument: String {
        var lines = [
            "apiVersion: muster.dev/v1", "kind: Integration", "metadata: {name: im}", "spec:",
            "  platform: \(platform.rawValue)", "  integrationId: \(integrationID)",
            "  credentials: \(credentials)", "  warRoom: enabled",
        ]
        if platform == .dingtalk {
            lines.append("  dingtalk: {groupTemplateId: tpl-warroom, robotCode: \(app)}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
