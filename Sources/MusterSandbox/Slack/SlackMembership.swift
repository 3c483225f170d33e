/// The conversations.* methods that change who is in a channel.
enum SlackMembership {
    /// The most users one conversations.invite accepts, per the current documentation.
    static let maxInvitees = 100

    /// Adds users; without `force` one bad user fails the whole call and adds nobody.
    static func invite(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.writableChannel(call.parameters.required("channel"), for: call)
        let users = call.parameters.list("users")
        guard !users.isEmpty else { throw SlackFailure("no_user") }
        guard users.count <= maxInvitees else { throw SlackFailure("too_many_users") }
        var failures: [JSONValue] = []
        var accepted: [String] = []
        for user in users {
            if let code = inviteError(user, into: world.channels[index], world: world, call: call) {
                guard call.parameters.flag("force") else { throw SlackFailure(code) }
                failures.append(["user": .string(user), "ok": false, "error": .string(code)])
            } else if !accepted.contains(user) {
                accepted.append(user)
            }
        }
        world.channels[index].members += accepted
        var fields = [
            "channel": SlackRendering.channel(world.channels[index], viewer: call.botUserId)
        ]
        if !failures.isEmpty { fields["errors"] = .array(failures) }
        return fields
    }

    static func kick(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.writableChannel(call.parameters.required("channel"), for: call)
        let user = try call.parameters.required("user")
        guard user != call.botUserId else { throw SlackFailure("cant_kick_self") }
        guard world.user(user) != nil else { throw SlackFailure("user_not_found") }
        guard let position = world.channels[index].members.firstIndex(of: user) else {
            throw SlackFailure("not_in_channel")
        }
        world.channels[index].members.remove(at: position)
        return [:]
    }

    /// Joins a public channel; joining twice succeeds with a warning, as on Slack.
    static func join(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.visibleChannel(call.parameters.required("channel"), for: call)
        guard !world.channels[index].isPrivate else {
            throw SlackFailure("method_not_supported_for_channel_type")
        }
        guard !world.channels[index].isArchived else { throw SlackFailure("is_archived") }
        var fields: [String: JSONValue] = [:]
        if world.channels[index].members.contains(call.botUserId) {
            fields["warning"] = "already_in_channel"
            fields["response_metadata"] = ["warnings": ["already_in_channel"]]
        } else {
            world.channels[index].members.append(call.botUserId)
        }
        fields["channel"] = SlackRendering.channel(world.channels[index], viewer: call.botUserId)
        return fields
    }

    private static func inviteError(
        _ user: String, into channel: SlackWorld.Channel, world: SlackWorld, call: SlackCall
    ) -> String? {
        if user == call.botUserId { return "cant_invite_self" }
        guard let known = world.user(user) else { return "user_not_found" }
        if known.isDeleted { return "cant_invite" }
        if channel.members.contains(user) { return "already_in_channel" }
        return nil
    }
}
