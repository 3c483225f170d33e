import Foundation
import MusterConfig
import MusterEngine
import MusterHTTP
import MusterLive
import MusterModel
import MusterPlan
import MusterSandbox
import Testing

/// A sandbox seeded for one test, the configuration the test's documents make, and the live
/// connections of a run pointed at the sandbox, as `--sandbox` points them.
///
/// The seed is JSON-shaped (`[String: Any]`), so a test writes only the fields it needs. The
/// clock is frozen, and the emulators' own rate limits are off wherever a seed can turn them
/// off, so only Muster's client-side limiter paces the requests.
struct IdentitySandbox {
    static let appKey = "fd-identity"

    let server: SandboxServer
    let configuration: Configuration
    let connections: LiveConnections
    let client: HTTPClient

    /// Starts the sandbox, loads the documents and runs `body` with them.
    ///
    /// - Parameters:
    ///   - seed: The seed's platform sections; `frozenClock` is added.
    ///   - documents: YAML for a Service, the integrations and their bindings.
    ///   - credentials: Credential fields by integration name, replacing the seed's first app.
    static func run<R>(
        seed: [String: Any], documents: String, credentials: [String: [String: String]] = [:],
        _ body: (IdentitySandbox) async throws -> R
    ) async throws -> R {
        var json = seed
        json["frozenClock"] = 1_800_000_000
        let data = try JSONSerialization.data(withJSONObject: json)
        let decoded = try JSONDecoder().decode(SandboxSeed.self, from: data)
        let server = try SandboxServer(options: .init(seed: decoded))
        defer { server.stop() }
        let configuration = try load(documents)
        let access = access(configuration, server, SandboxCredentials(seed: decoded), credentials)
        let sandbox = IdentitySandbox(
            server: server, configuration: configuration,
            connections: LiveConnections(access: access), client: HTTPClient())
        return try await body(sandbox)
    }

    /// Reads the service, fills in the bound members' phones, and reads every directory.
    ///
    /// - Returns: The filled service, the directories, and the requests that reading the
    ///   directories alone sent, by sandbox service and method.
    func read() async throws -> (
        service: ObservedService, directories: [String: ObservedDirectory],
        calls: [String: [String: Int]]
    ) {
        let observed = try await LiveReader(connections: connections).read(for: configuration)
        let reader = IdentityReader(connections: connections)
        let service = try await reader.members(observed.service, for: configuration)
        let (directories, calls) = try await counting {
            try await reader.directories(for: configuration, service: service)
        }
        return (service, directories, calls)
    }

    /// What `body` returns, and the requests it sent, by sandbox service and method.
    func counting<R>(
        _ body: () async throws -> R
    ) async throws -> (R, [String: [String: Int]]) {
        let before = counts
        let result = try await body()
        var calls: [String: [String: Int]] = [:]
        for (platform, methods) in counts {
            for (method, count) in methods where count != before[platform]?[method] ?? 0 {
                calls[platform, default: [:]][method] = count - (before[platform]?[method] ?? 0)
            }
        }
        return (result, calls)
    }

    /// Every request the sandbox answered, by service and method.
    var counts: [String: [String: Int]] { server.store.snapshot.counters.counts }

    /// Posts to an admin route, such as `wecom/drift`.
    func admin(_ route: String, _ body: [String: Any]) async throws {
        let url = (server.endpoint("admin")?.url ?? "") + route
        let response = try await client.send(
            HTTPClientRequest(
                method: "POST", url: url, headers: [("Content-Type", "application/json")],
                body: try JSONSerialization.data(withJSONObject: body)))
        #expect(
            response.status == 200, "\(route): \(String(decoding: response.body, as: UTF8.self))")
    }

    // MARK: - Seeds and documents

    /// A Flashduty section: the members, an Admin app key for the first, limits off.
    static func flashduty(_ members: [[String: Any]], teams: [[String: Any]] = []) -> [String: Any]
    {
        let first = members.first?["id"] as? Int ?? 1
        return [
            "appKeys": [["key": appKey, "memberId": first]], "members": members, "teams": teams,
            "rateLimits": ["isEnabled": false],
        ]
    }

    /// A Flashduty member; `phone` is the country code and the national number.
    static func member(
        _ id: Int, _ email: String?, phone: (String, String)? = nil, isPhoneVerified: Bool = true
    ) -> [String: Any] {
        var member: [String: Any] = [
            "id": id, "name": "Member \(id)", "emailVerified": true,
            "phoneVerified": isPhoneVerified,
        ]
        if let email { member["email"] = email }
        if let (code, national) = phone {
            member["countryCode"] = code
            member["phone"] = national
        }
        return member
    }

    /// A Service document and one Integration named `chat` on a platform.
    static func documents(platform: String, credentials: String, bindings: String) -> String {
        """
        apiVersion: muster.dev/v1
        kind: Service
        metadata: {name: flashduty}
        spec:
          endpoint: http://127.0.0.1:9
          appKey: ${env:FLASHDUTY_APP_KEY}
        ---
        apiVersion: muster.dev/v1
        kind: Integration
        metadata: {name: chat}
        spec:
          platform: \(platform)
          integrationId: 5001
          credentials: \(credentials)
        ---
        \(bindings)
        """
    }

    /// A UserBinding document on the `chat` integration.
    static func binding(
        _ name: String, members: String? = "all", teams: String? = nil, match: String,
        overrides: [(String, String)] = []
    ) -> String {
        var text = """
            apiVersion: muster.dev/v1
            kind: UserBinding
            metadata: {name: \(name)}
            spec:
              integration: chat
              match: \(match)

            """
        if let members { text += "  members: \(members)\n" }
        if let teams { text += "  teams: \(teams)\n" }
        if !overrides.isEmpty {
            text += "  overrides:\n"
            for (member, id) in overrides {
                text += "    - {member: \(member), imUserId: \(id)}\n"
            }
        }
        return text
    }

    private static func load(_ documents: String) throws -> Configuration {
        let directory = NSTemporaryDirectory() + "muster-identity-\(UUID().uuidString)"
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try documents.write(toFile: directory + "/muster.yaml", atomically: true, encoding: .utf8)
        let result = ConfigurationLoader(parallelism: 1).load(paths: [directory])
        guard let configuration = result.configuration else {
            throw ConfigurationRefused(diagnostics: result.diagnostics.map(\.message))
        }
        return configuration
    }

    private static func access(
        _ configuration: Configuration, _ server: SandboxServer, _ seeded: SandboxCredentials,
        _ overrides: [String: [String: String]]
    ) -> LiveAccess {
        var apps: [String: LiveAccess.App] = [:]
        for integration in configuration.integrations {
            apps[integration.name] = LiveAccess.App(
                platform: integration.platform,
                endpoint: server.endpoint(integration.platform.rawValue)?.url,
                credentials: overrides[integration.name] ?? seeded.apps[integration.platform]
                    ?? [:])
        }
        let service = String((server.endpoint("flashduty")?.url ?? "").dropLast())
        return LiveAccess(serviceEndpoint: service, serviceAppKey: appKey, apps: apps)
    }
}

/// The test's documents did not load.
struct ConfigurationRefused: Error, CustomStringConvertible {
    let diagnostics: [String]

    var description: String { diagnostics.joined(separator: "\n") }
}

extension ObservedDirectory {
    /// The accounts an email matched.
    func email(_ address: String) -> [ObservedAccount]? {
        matches[IdentityKey(.email, address)]
    }

    /// The accounts an E.164 phone matched.
    func phone(_ number: String) -> [ObservedAccount]? {
        matches[IdentityKey(.phone, number)]
    }
}
