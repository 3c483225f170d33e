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

    package init(slack: SlackSeed? = nil) {
        self.slack = slack
    }

    /// A small organisation for demos and conformance runs; see ``SlackSeed/demo``.
    package static var demo: SandboxSeed {
        var seed = SandboxSeed(slack: .demo)
        seed.dingtalk = .demo
        seed.wecom = .demo
        return seed
    }
}
