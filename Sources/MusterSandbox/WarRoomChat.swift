/// A war room's group chat as its IM platform holds it.
package struct WarRoomChat: Codable, Sendable, Equatable {
    /// The platform's chat id, such as a Slack channel id.
    package var id: String
    /// The name the platform shows.
    package var name: String
    /// The IM user ids in the chat, the bot included.
    package var members: [String]
    /// Whether the chat is archived or dissolved.
    package var isClosed: Bool
    /// A link that opens or joins the chat.
    package var shareLink: String

    package init(id: String, name: String, members: [String], isClosed: Bool, shareLink: String) {
        self.id = id
        self.name = name
        self.members = members
        self.isClosed = isClosed
        self.shareLink = shareLink
    }
}
