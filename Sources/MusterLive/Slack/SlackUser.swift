/// A Slack workspace member, person or bot.
package struct SlackUser: Sendable, Equatable {
    package var id: String
    package var name: String
    package var realName: String
    /// Present only when the token has `users:read.email`.
    package var email: String?
    package var isDeleted: Bool
    package var isBot: Bool
}
