/// An IM platform that Muster can run war rooms on.
///
/// Feishu and Lark are the same Open Platform on two hosts (China and international), so they
/// share one API and one scope catalog.
package enum Platform: String, Sendable, CaseIterable, Codable {
    case slack, feishu, lark, dingtalk, wecom

    /// The name people know the platform by.
    package var displayName: String {
        switch self {
        case .slack: return "Slack"
        case .feishu: return "Feishu"
        case .lark: return "Lark"
        case .dingtalk: return "DingTalk"
        case .wecom: return "WeCom"
        }
    }
}
