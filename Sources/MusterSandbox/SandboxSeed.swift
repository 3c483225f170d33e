/// The starting organisation of a sandbox: what each platform holds before any request.
///
/// Each platform has its own optional section, so a seed names only the platforms it uses and
/// new platforms add a section without touching the others. The JSON keys are the property
/// names.
package struct SandboxSeed: Codable, Sendable, Equatable {
    /// The Slack workspace, its apps and tokens, and its users.
    package var slack: SlackSeed?
    /// The DingTalk organisation, its apps, users and group templates.
    package var dingtalk: DingTalkSeed?
    /// The WeCom corporation, its apps, departments and users.
    package var wecom: WeComSeed?
    /// The Flashduty account, its members, IM integrations and incidents.
    package var flashduty: FlashdutySeed?

    package init(slack: SlackSeed? = nil, flashduty: FlashdutySeed? = nil) {
        self.slack = slack
        self.flashduty = flashduty
    }

    /// A small organisation for demos and conformance runs; see ``SlackSeed/demo`` and ``FlashdutySeed/demo``.
    package static var demo: SandboxSeed {
        var seed = SandboxSeed(slack: .demo, flashduty: .demo)
        seed.dingtalk = .demo
        seed.wecom = .demo
        return seed
    }
}
