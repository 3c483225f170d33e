/// The IM platforms Muster can manage war rooms on.
package enum Platform: String, Sendable, CaseIterable, Codable {
    case slack, feishu, lark, dingtalk, wecom
}
