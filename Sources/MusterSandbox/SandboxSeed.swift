/// The starting organisation of a sandbox: what each platform holds before any request.
///
/// Each platform has its own optional section, so a seed names only the platforms it uses and
/// new platforms add a section without touching the others. The JSON keys are the property
/// names.
package struct SandboxSeed: Codable, Sendable, Equatable {
    /// The Slack workspace, its apps and tokens, and its users.
    package var slack: SlackSeed?
    /// The Feishu tenant, and the Lark one: the same API on two ports.
    package var feishu: FeishuSeed?
    package var lark: FeishuSeed?

    package init(slack: SlackSeed? = nil, feishu: FeishuSeed? = nil, lark: FeishuSeed? = nil) {
        self.slack = slack
        self.feishu = feishu
        self.lark = lark
    }

    /// A small organisation for demos and conformance runs; see ``SlackSeed/demo`` and
    /// ``FeishuSeed/demo(_:)``.
    package static var demo: SandboxSeed {
        SandboxSeed(slack: .demo, feishu: .demo(.feishu), lark: .demo(.lark))
    }
}
