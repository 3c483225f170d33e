import Foundation

/// Writes a large, valid configuration: 10,000 user bindings with overrides, 500 war-room
/// policies and 2,000 permission grants, spread over 50 files.
enum ConfigurationGenerator {
    static let fileCount = 50
    static let bindingCount = 10_000
    static let policyCount = 500
    static let grantCount = 2_000

    /// Writes the files and returns a one-line description with their total size.
    static func write(to directory: String) throws -> String {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        var total = 0
        for index in 0..<fileCount {
            let text = file(index)
            total += text.utf8.count
            let path = directory + "/" + String(format: "part-%02d.yaml", index)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return "\(bindingCount) bindings, \(policyCount) policies, \(grantCount) grants, "
            + "\(fileCount) files, \(total / 1024) KiB"
    }

    private static func file(_ index: Int) -> String {
        var out = index == 0 ? header() : ""
        for n in stride(from: index, to: bindingCount, by: fileCount) { out += binding(n) }
        for n in stride(from: index, to: policyCount, by: fileCount) { out += policy(n) }
        for n in stride(from: index, to: grantCount, by: fileCount) { out += grant(n) }
        return out
    }

    private static func header() -> String {
        """
        apiVersion: muster.dev/v1
        kind: Service
        metadata: {name: flashduty}
        spec:
          endpoint: https://api.flashcat.cloud
          appKey: ${env:FLASHDUTY_APP_KEY}
        ---
        apiVersion: muster.dev/v1
        kind: Integration
        metadata: {name: slack-prod, labels: {env: prod}}
        spec:
          platform: slack
          integrationId: 2476444212131
          credentials: {botToken: "${env:SLACK_BOT_TOKEN}"}
          warRoom: enabled
        ---
        apiVersion: muster.dev/v1
        kind: Integration
        metadata: {name: feishu-prod}
        spec:
          platform: feishu
          integrationId: 2476444212132
          credentials:
            appId: cli_a1b2c3d4e5f6
            appSecret: ${env:FEISHU_APP_SECRET}
        ---

        """
    }

    private static func binding(_ n: Int) -> String {
        let integration = n % 2 == 0 ? "slack-prod" : "feishu-prod"
        let match = n % 2 == 0 ? "[email]" : "[email, phone]"
        return """
            apiVersion: muster.dev/v1
            kind: UserBinding
            metadata:
              name: binding-\(n)
              labels: {team: team-\(n % 40)}
            spec:
              integration: \(integration)
              members:
                - user\(n)a@example.com
                - user\(n)b@example.com
                - user\(n)c@example.com
              match: \(match)
              overrides:
                - member: user\(n)a@example.com
                  imUserId: U\(100_000 + n)A
                - member: user\(n)b@example.com
                  imUserId: "U\(100_000 + n)B"
            ---

            """
    }

    private static func policy(_ n: Int) -> String {
        """
        apiVersion: muster.dev/v1
        kind: WarRoomPolicy
        metadata: {name: policy-\(n)}
        spec:
          integration: slack-prod
          priority: \(n % 10)
          when:
            severity: [Critical, Warning]
            channels: [channel-\(n)]
            labels: {service: service-\(n)}
          room:
            name: "inc-{{ incident.num }}-{{ incident.title | slug | truncate(50) }}"
            topic: "Incident #{{ incident.num }}: {{ incident.title }}"
            private: true
            announcement: "Room for {{ incident.title }} ({{ policy.name }})"
          members: {responders: true, observers: \(n % 2 == 0), teams: [sre-\(n % 7)], extra: [ic\(n)@example.com]}
          lifecycle:
            create: auto
            inviteNewResponders: true
            dissolve: {after: 24h}
        ---

        """
    }

    private static func grant(_ n: Int) -> String {
        if n % 4 == 0 {
            return """
                apiVersion: muster.dev/v1
                kind: PermissionGrant
                metadata: {name: grant-\(n)}
                spec:
                  integration: slack-prod
                  scopes: [channels:manage, groups:write, chat:write, users:read, users:read.email]
                ---

                """
        }
        return """
            apiVersion: muster.dev/v1
            kind: PermissionGrant
            metadata: {name: grant-\(n)}
            spec:
              role: Responder
              members: [a\(n)@example.com, b\(n)@example.com, c\(n)@example.com]
              teams: [team-\(n % 40)]
            ---

            """
    }
}
