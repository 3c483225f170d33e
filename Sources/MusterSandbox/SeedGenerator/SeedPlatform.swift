/// An IM platform that ``SandboxSeedGenerator`` can populate.
package enum SeedPlatform: String, CaseIterable, Sendable, Codable {
    case slack, feishu, lark, dingtalk, wecom

    /// The platform's name as people write it.
    package var title: String {
        switch self {
        case .slack: return "Slack"
        case .feishu: return "Feishu"
        case .lark: return "Lark"
        case .dingtalk: return "DingTalk"
        case .wecom: return "WeCom"
        }
    }
}
