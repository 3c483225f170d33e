/// The JSON shapes of Slack objects, as the Web API returns them.
enum SlackRendering {
    /// A conversation object, seen by the calling bot.
    static func channel(
        _ channel: SlackWorld.Channel, viewer: String, includeMemberCount: Bool = false
    ) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(channel.id), "name": .string(channel.name),
            "name_normalized": .string(channel.name),
            "is_channel": .bool(!channel.isPrivate), "is_group": false, "is_im": false,
            "is_mpim": false, "is_private": .bool(channel.isPrivate),
            "is_archived": .bool(channel.isArchived), "is_general": false, "is_shared": false,
            "is_ext_shared": false, "is_org_shared": false,
            "created": .integer(channel.created), "creator": .string(channel.creator),
            "is_member": .bool(channel.members.contains(viewer)),
            "topic": note(channel.topic), "purpose": note(channel.purpose),
            "previous_names": .array(channel.previousNames.map { .string($0) }),
        ]
        if includeMemberCount { object["num_members"] = .integer(channel.members.count) }
        return .object(object)
    }

    /// A user object; the email only shows to a token with `users:read.email`, as on Slack.
    static func user(_ user: SlackWorld.User, teamId: String, showsEmail: Bool) -> JSONValue {
        var profile: [String: JSONValue] = [
            "real_name": .string(user.realName), "display_name": .string(user.name),
            "phone": .string(user.phone ?? ""),
        ]
        if showsEmail, let email = user.email { profile["email"] = .string(email) }
        if let botId = user.botId { profile["bot_id"] = .string(botId) }
        return [
            "id": .string(user.id), "team_id": .string(teamId), "name": .string(user.name),
            "real_name": .string(user.realName), "deleted": .bool(user.isDeleted),
            "is_bot": .bool(user.isBot), "is_admin": false, "is_owner": false,
            "profile": .object(profile),
        ]
    }

    private static func note(_ note: SlackWorld.Note) -> JSONValue {
        [
            "value": .string(note.value), "creator": .string(note.creator),
            "last_set": .integer(note.lastSet),
        ]
    }
}
