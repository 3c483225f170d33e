import Foundation

extension GrantScenario {
    /// Where the configuration's Service and Integration point, and the secrets they name.
    struct Endpoints {
        /// The service's base URL, without a trailing slash.
        let service: String
        let slack: String
        /// The service's id for the Slack integration.
        let slackIntegrationID: Int
    }

    /// The environment variables the configuration's secret references name.
    static let appKeyVariable = "PLAN_BENCH_FLASHDUTY_APP_KEY"
    static let botTokenVariable = "PLAN_BENCH_SLACK_BOT_TOKEN"

    /// Writes the configuration to an emptied `directory`: the Service and the Integration in
    /// one file, then a file for each role's grant.
    ///
    /// - Returns: How many files were written.
    func writeConfiguration(to directory: String, endpoints: Endpoints) throws -> Int {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        try Self.header(endpoints).write(
            toFile: directory + "/service.yaml", atomically: true, encoding: .utf8)
        for role in roles {
            try document(role).write(
                toFile: directory + "/\(role.name).yaml", atomically: true, encoding: .utf8)
        }
        return roles.count + 1
    }

    /// The description both the configuration and the live role give.
    static func description(of role: Role) -> String {
        "Benchmark role \(role.name), granted by plan-bench"
    }

    private static func header(_ endpoints: Endpoints) -> String {
        """
        apiVersion: muster.dev/v1
        kind: Service
        metadata:
          name: flashduty
        spec:
          endpoint: \(endpoints.service)
          appKey: ${env:\(appKeyVariable)}
        ---
        apiVersion: muster.dev/v1
        kind: Integration
        metadata:
          name: slack-bench
        spec:
          platform: slack
          integrationId: \(endpoints.slackIntegrationID)
          endpoint: \(endpoints.slack)
          credentials:
            botToken: ${env:\(botTokenVariable)}
          warRoom: enabled

        """
    }

    private func document(_ role: Role) -> String {
        var text = """
            apiVersion: muster.dev/v1
            kind: PermissionGrant
            metadata:
              name: \(role.name)
            spec:
              role: \(role.name)
              description: \(Self.description(of: role))
              permissions: [\(role.permissions.joined(separator: ", "))]

            """
        if let team = role.team {
            text += "  teams: [\"\(team.name)\"]\n"
        }
        text += "  members:\n"
        for id in role.memberIDs {
            text += "    - \(emails[id] ?? "")\n"
        }
        return text
    }
}
