import Foundation
import MusterConfig
import MusterDiagnostics
import MusterModel
import MusterSandbox

/// The organisation the benchmark reconciles: the sandbox's demo account with its Slack
/// integration's war rooms on, every member linkable, and `incidents` open Critical incidents
/// that one policy wants a room for.
struct RoomScenario {
    /// Members who respond, in turns, two to an incident.
    static let responders = Array(1003...1009)

    let incidents: Int

    /// The seed: frozen clock, every sandbox rate limit off, the demo incidents replaced.
    func makeSeed() -> SandboxSeed {
        var seed = SandboxSeed.demo
        seed.frozenClock = 1_800_000_000
        var slackLimits = SlackRateLimits()
        slackLimits.isEnabled = false
        seed.slack?.rateLimits = slackLimits
        var flashduty = seed.flashduty ?? FlashdutySeed()
        flashduty.rateLimits = FlashdutyRateLimits(isEnabled: false)
        flashduty.members = flashduty.members.map { member in
            var member = member
            member.emailVerified = true
            return member
        }
        flashduty.incidents = (0..<incidents).map { index in
            let count = Self.responders.count
            return FlashdutySeed.Incident(
                title: "Payments outage \(index)", severity: "Critical", channelId: 4001,
                responderIds: [
                    Self.responders[index % count], Self.responders[(index + 3) % count],
                ],
                ageSeconds: (incidents - index) * 60, progress: "Processing")
        }
        seed.flashduty = flashduty
        return seed
    }

    /// The configuration, written to `directory` and loaded as `muster reconcile` loads it.
    func loadConfiguration(in directory: String) throws -> Configuration {
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        try Self.documents.write(
            toFile: directory + "/muster.yaml", atomically: true, encoding: .utf8)
        let result = ConfigurationLoader().load(paths: [directory])
        guard let configuration = result.configuration else {
            let renderer = DiagnosticRenderer(style: .plain) { result.sources.line($1, of: $0) }
            throw ScenarioError.invalid(renderer.render(result.diagnostics))
        }
        return configuration
    }

    enum ScenarioError: Error { case invalid(String) }

    /// The service, the demo Slack integration (war rooms on), a binding of everyone and one
    /// policy; the sandbox supplies endpoints and credentials, so the secrets are never read.
    static let documents = """
        apiVersion: muster.dev/v1
        kind: Service
        metadata: {name: flashduty}
        spec: {appKey: "${env:FD_KEY}"}
        ---
        apiVersion: muster.dev/v1
        kind: Integration
        metadata: {name: slack}
        spec:
          platform: slack
          integrationId: 5001
          credentials: {botToken: "${env:SLACK_TOKEN}"}
          warRoom: enabled
        ---
        apiVersion: muster.dev/v1
        kind: UserBinding
        metadata: {name: everyone}
        spec: {integration: slack, members: all}
        ---
        apiVersion: muster.dev/v1
        kind: WarRoomPolicy
        metadata: {name: critical}
        spec:
          integration: slack
          when: {severity: [Critical]}
          room:
            name: "inc-{{ incident.num | lower }}-{{ incident.title | slug | truncate(40) }}"
            announcement: "Incident #{{ incident.num }} is open: {{ incident.title }}"
          lifecycle: {dissolve: {after: 24h}}

        """
}
