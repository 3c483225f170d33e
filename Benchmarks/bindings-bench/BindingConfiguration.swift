import Foundation
import MusterModel
import MusterSandbox

/// The configuration the benchmark plans: the Service, one Integration per platform of the
/// generated seed, and one `members: all` binding each, matching by every address the
/// platform can look up.
enum BindingConfiguration {
    /// Each platform's match methods, as its lookups allow.
    static func match(_ platform: SeedPlatform) -> String {
        switch platform {
        case .slack: return "[email]"
        case .dingtalk: return "[phone]"
        case .feishu, .lark, .wecom: return "[email, phone]"
        }
    }

    /// Writes the configuration to an emptied `directory`, one file.
    ///
    /// The credentials are references that the benchmark never resolves: its runs reach the
    /// sandbox through `LiveAccess.sandbox`, with the seed's own credentials.
    static func write(
        to directory: String, seed: SandboxSeed, platforms: [SeedPlatform]
    ) throws {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        var documents = [service]
        for platform in platforms {
            guard
                let integration = seed.flashduty?.integrations?.first(where: {
                    $0.pluginType == platform.rawValue
                })
            else { continue }
            documents.append(
                self.integration(
                    platform, id: integration.id, warRoom: integration.isWarRoomEnabled))
            documents.append(binding(platform))
        }
        try documents.joined(separator: "---\n").write(
            toFile: directory + "/muster.yaml", atomically: true, encoding: .utf8)
    }

    private static let service = """
        apiVersion: muster.dev/v1
        kind: Service
        metadata: {name: flashduty}
        spec: {appKey: "${env:FLASHDUTY_APP_KEY}"}

        """

    private static func integration(_ platform: SeedPlatform, id: Int, warRoom: Bool?) -> String {
        let document = """
            apiVersion: muster.dev/v1
            kind: Integration
            metadata: {name: \(platform.rawValue)-bench}
            spec:
              platform: \(platform.rawValue)
              integrationId: \(id)
              credentials: \(credentials(platform))

            """
        return document + (warRoom == true ? "  warRoom: enabled\n" : "")
    }

    private static func credentials(_ platform: SeedPlatform) -> String {
        switch platform {
        case .slack: return "{botToken: \"${env:SLACK_BOT_TOKEN}\"}"
        case .feishu, .lark: return "{appId: cli_bench, appSecret: \"${env:APP_SECRET}\"}"
        case .dingtalk: return "{appKey: dingbench, appSecret: \"${env:APP_SECRET}\"}"
        case .wecom: return "{corpId: wwbench, agentId: 1000002, corpSecret: \"${env:APP_SECRET}\"}"
        }
    }

    private static func binding(_ platform: SeedPlatform) -> String {
        """
        apiVersion: muster.dev/v1
        kind: UserBinding
        metadata: {name: everyone-on-\(platform.rawValue)}
        spec:
          integration: \(platform.rawValue)-bench
          members: all
          match: \(match(platform))

        """
    }
}
