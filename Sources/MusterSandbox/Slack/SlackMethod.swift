/// One emulated Web API method: its tier, its scopes and its handler.
///
/// The handler runs inside the store's critical section with the workspace `inout`, and either
/// returns the success fields (without `ok`) or throws the Slack error.
struct SlackMethod: Sendable {
    typealias Handler =
        @Sendable (inout SlackWorld, SlackCall) throws(SlackFailure) -> [String: JSONValue]
    /// Returns the scopes a call needs: every inner list must meet at least one of its scopes.
    typealias ScopeRule = @Sendable (SlackWorld, SlackParameters) -> [[String]]

    var name: String
    var tier: SlackTier
    /// The value of `x-accepted-oauth-scopes`.
    var acceptedScopes: [String]
    /// Whether a successful call changes the workspace, and so is saved.
    var isMutating: Bool
    var requiredScopes: ScopeRule
    var handler: Handler
}

/// The scope families of Slack's conversation methods.
enum SlackScopes {
    static let create = ["channels:manage", "groups:write", "im:write", "mpim:write"]
    static let manage = [
        "channels:manage", "channels:write", "groups:write", "im:write", "mpim:write",
    ]
    static let read = ["channels:read", "groups:read", "im:read", "mpim:read"]

    /// The write scope for the channel named by `channel`: `channels:manage` (or the legacy
    /// `channels:write`) for public ones, `groups:write` for private ones, either when unknown.
    static func manageRule(_ world: SlackWorld, _ parameters: SlackParameters) -> [[String]] {
        [
            byPrivacy(
                world, parameters, public: ["channels:manage", "channels:write"],
                private: ["groups:write"])
        ]
    }

    /// The read scope for the channel named by `channel`.
    static func readRule(_ world: SlackWorld, _ parameters: SlackParameters) -> [[String]] {
        [byPrivacy(world, parameters, public: ["channels:read"], private: ["groups:read"])]
    }

    private static func byPrivacy(
        _ world: SlackWorld, _ parameters: SlackParameters, public: [String], private: [String]
    ) -> [String] {
        guard let id = parameters["channel"], let index = world.channelIndex(id) else {
            return `public` + `private`
        }
        return world.channels[index].isPrivate ? `private` : `public`
    }
}
