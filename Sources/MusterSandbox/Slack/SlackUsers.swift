/// auth.test and the users.* methods.
enum SlackUsers {
    /// users.list without a limit answers `limit_required` past this many users, as large
    /// Slack workspaces do.
    static let unlimitedListMaximum = 1000

    static func authTest(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        [
            "url": .string("https://\(world.team.domain).slack.com/"),
            "team": .string(world.team.name), "team_id": .string(world.team.id),
            "user": .string(call.app.name), "user_id": .string(call.botUserId),
            "bot_id": .string(call.app.botId), "app_id": .string(call.app.id),
            "is_enterprise_install": false,
        ]
    }

    static func list(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let hasLimit = Int(call.parameters["limit"] ?? "0").map { $0 != 0 } ?? true
        guard hasLimit || world.users.count <= unlimitedListMaximum else {
            throw SlackFailure("limit_required")
        }
        let page = try SlackCursor.page(world.users, parameters: call.parameters, defaultLimit: nil)
        let showsEmail = call.hasScope("users:read.email")
        return [
            "members": .array(
                page.items.map {
                    SlackRendering.user($0, teamId: world.team.id, showsEmail: showsEmail)
                }),
            "cache_ts": .integer(Int(call.now)),
            "response_metadata": SlackCursor.metadata(page.nextCursor),
        ]
    }

    static func info(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        guard let user = world.user(try call.parameters.required("user")) else {
            throw SlackFailure("user_not_found")
        }
        let showsEmail = call.hasScope("users:read.email")
        return ["user": SlackRendering.user(user, teamId: world.team.id, showsEmail: showsEmail)]
    }

    /// Finds a user by email, case-insensitively; deactivated users are found, with `deleted`.
    static func lookupByEmail(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let email = try call.parameters.required("email").lowercased()
        guard let user = world.users.first(where: { $0.email?.lowercased() == email }) else {
            throw SlackFailure("users_not_found")
        }
        return ["user": SlackRendering.user(user, teamId: world.team.id, showsEmail: true)]
    }
}
