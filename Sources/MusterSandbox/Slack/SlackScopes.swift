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
