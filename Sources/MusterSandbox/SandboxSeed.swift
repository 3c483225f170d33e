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
    /// When set, the sandbox's clock stands at this instant (seconds since 1970) and moves only
    /// through `/_sandbox/clock/advance`: what deterministic tests want.
    package var frozenClock: Double?
    /// The Feishu tenant, and the Lark one: the same API on two ports.
    package var feishu: FeishuSeed?
    package var lark: FeishuSeed?

    package init(
        slack: SlackSeed? = nil, feishu: FeishuSeed? = nil, lark: FeishuSeed? = nil,
        dingtalk: DingTalkSeed? = nil, wecom: WeComSeed? = nil, flashduty: FlashdutySeed? = nil
    ) {
        self.slack = slack
        self.feishu = feishu
        self.lark = lark
        self.dingtalk = dingtalk
        self.wecom = wecom
        self.flashduty = flashduty
    }

    /// A small organisation for demos and conformance runs, on every platform: see each
    /// platform seed's `demo`.
    package static var demo: SandboxSeed {
        SandboxSeed(
            slack: .demo, feishu: .demo(.feishu), lark: .demo(.lark), dingtalk: .demo,
            wecom: .demo, flashduty: .demo)
    }
}
