import Foundation
import MusterConfig
import MusterModel
import MusterPlan

/// Configurations written to a temporary directory and loaded, and observed services built
/// by hand, for planner tests.
enum PlannerFixture {
    static let service = """
        apiVersion: muster.dev/v1
        kind: Service
        metadata: {name: flashduty}
        spec: {appKey: "${env:FD_KEY}"}
        ---
        apiVersion: muster.dev/v1
        kind: Integration
        metadata: {name: slack-prod}
        spec:
          platform: slack
          integrationId: 5001
          credentials: {botToken: "${env:SLACK_TOKEN}"}
          warRoom: enabled

        """

    /// Loads a configuration made of the service and integration above plus `documents`.
    static func configuration(_ documents: String) throws -> Configuration {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("muster-planner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("muster.yaml")
        try (service + "---\n" + documents).write(to: file, atomically: true, encoding: .utf8)
        let result = ConfigurationLoader().load(paths: [file.path])
        guard let configuration = result.configuration else {
            throw FixtureError.invalid(result.diagnostics.map(\.message))
        }
        return configuration
    }

    enum FixtureError: Error { case invalid([String]) }

    static let permissions = [
        ObservedPermission(id: 101, name: "Incidents Read"),
        ObservedPermission(id: 102, name: "Incidents Manage"),
        ObservedPermission(id: 103, name: "Channels Manage"),
    ]

    static let presets = [
        ObservedRole(id: 1, name: "Admin", permissionIDs: [101, 102, 103], isEditable: false),
        ObservedRole(id: 2, name: "Responder", permissionIDs: [101, 102], isEditable: false),
        ObservedRole(id: 3, name: "Viewer", permissionIDs: [101], isEditable: false),
    ]

    /// Members 1…count, `userN@example.com`; member 1 is Admin, the rest Viewers.
    static func members(_ count: Int) -> [ObservedMember] {
        (1...count).map { number in
            ObservedMember(
                id: number, name: "User \(number)", email: "user\(number)@example.com",
                roleIDs: number == 1 ? [1] : [3])
        }
    }

    /// A service with war rooms on integration 5001 and a Slack app holding `scopes`.
    static func observed(
        members: [ObservedMember] = members(20), roles: [ObservedRole] = [],
        teams: [ObservedTeam] = [ObservedTeam(id: 10, name: "SRE", memberIDs: [4, 5])],
        scopes: [String] = ["chat:write", "channels:manage"], warRoomOn: Bool = true
    ) -> ObservedState {
        ObservedState(
            service: ObservedService(
                roles: presets + roles, permissions: permissions, members: members, teams: teams,
                warRoomIntegrations: warRoomOn
                    ? [ObservedIntegration(id: 5001, name: "Slack", pluginType: "slack")] : []),
            apps: ["slack-prod": ObservedApp(identity: "bot UBOT", scopes: .granted(scopes))])
    }

    static let emptyState = OwnershipState(lineage: "test")
}
