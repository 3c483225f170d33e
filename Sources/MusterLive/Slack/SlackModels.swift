/// Who the bot token belongs to, and what it may do, as `auth.test` tells it.
package struct SlackIdentity: Sendable, Equatable {
    package var teamID: String
    package var botUserID: String
    /// The scopes granted to the token, from the `x-oauth-scopes` header.
    package var scopes: [String]
}

/// A Slack channel, public or private, as Muster reads it.
package struct SlackChannel: Sendable, Equatable {
    package var id: String
    package var name: String
    package var isPrivate: Bool
    package var isArchived: Bool
    package var topic: String
}

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
