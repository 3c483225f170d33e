/// How an IM platform closed a war room's chat.
package enum WarRoomChatClosing: String, Codable, Sendable {
    /// The chat is gone (Feishu/Lark, DingTalk scene groups).
    case dissolved
    /// The chat remains: read-only on Slack; on WeCom, which can neither dissolve nor archive
    /// an app chat, it stays as it was and only the sandbox marks it closed.
    case archived
}
