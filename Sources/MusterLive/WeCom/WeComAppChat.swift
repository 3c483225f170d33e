/// A WeCom app group chat as `appchat/get` describes it.
///
/// Only the app that created a chat can read or change it.
package struct WeComAppChat: Sendable, Equatable {
    package var chatID: String
    package var name: String
    package var owner: String
    /// The members' userids, the owner among them.
    package var members: [String]

    package init(chatID: String, name: String, owner: String, members: [String]) {
        self.chatID = chatID
        self.name = name
        self.owner = owner
        self.members = members
    }
}
