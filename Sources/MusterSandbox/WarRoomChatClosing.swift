/// How an IM platform closed a war room's chat.
package enum WarRoomChatClosing: String, Codable, Sendable {
    /// The chat is gone (Feishu/Lark, DingTalk scene groups).
    case dissolved
    /// The chat remains, read-only (Slack).
    case archived
}
