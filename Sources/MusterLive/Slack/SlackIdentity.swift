/// Who the bot token belongs to, and what it may do, as `auth.test` tells it.
package struct SlackIdentity: Sendable, Equatable {
    package var teamID: String
    package var botUserID: String
    /// The scopes granted to the token, from the `x-oauth-scopes` header.
    package var scopes: [String]
}
