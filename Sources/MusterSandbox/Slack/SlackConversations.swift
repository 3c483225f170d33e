/// The conversations.* methods that create a channel or change its name, notes or state.
enum SlackConversations {
    static func create(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let name = call.parameters["name"]
        try SlackChannelName.validate(name)
        guard let name, !world.isNameTaken(name) else { throw SlackFailure("name_taken") }
        let number = world.nextSequence()
        let channel = SlackWorld.Channel(
            id: "C" + String(number, radix: 36).uppercased().leftPadded(to: 9),
            name: name, isPrivate: call.parameters.flag("is_private"), isArchived: false,
            created: Int(call.now), creator: call.botUserId, members: [call.botUserId])
        world.channels.append(channel)
        return ["channel": SlackRendering.channel(channel, viewer: call.botUserId)]
    }

    static func rename(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.writableChannel(call.parameters.required("channel"), for: call)
        let name = call.parameters["name"]
        try SlackChannelName.validate(name)
        guard let name, !world.isNameTaken(name, except: world.channels[index].id) else {
            throw SlackFailure("name_taken")
        }
        if world.channels[index].name != name {
            world.channels[index].previousNames.insert(world.channels[index].name, at: 0)
            world.channels[index].name = name
        }
        return ["channel": SlackRendering.channel(world.channels[index], viewer: call.botUserId)]
    }

    static func setTopic(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.writableChannel(call.parameters.required("channel"), for: call)
        world.channels[index].topic = try note(call, argument: "topic")
        return ["channel": SlackRendering.channel(world.channels[index], viewer: call.botUserId)]
    }

    static func setPurpose(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.writableChannel(call.parameters.required("channel"), for: call)
        world.channels[index].purpose = try note(call, argument: "purpose")
        return [:]
    }

    static func archive(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.visibleChannel(call.parameters.required("channel"), for: call)
        guard !world.channels[index].isArchived else { throw SlackFailure("already_archived") }
        guard world.channels[index].members.contains(call.botUserId) else {
            throw SlackFailure("not_in_channel")
        }
        world.channels[index].isArchived = true
        return [:]
    }

    static func unarchive(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.visibleChannel(call.parameters.required("channel"), for: call)
        guard world.channels[index].isArchived else { throw SlackFailure("not_archived") }
        world.channels[index].isArchived = false
        return [:]
    }

    private static func note(
        _ call: SlackCall, argument: String
    ) throws(SlackFailure)
        -> SlackWorld.Note
    {
        let value = call.parameters[argument] ?? ""
        guard value.count <= 250 else { throw SlackFailure("too_long") }
        return SlackWorld.Note(value: value, creator: call.botUserId, lastSet: Int(call.now))
    }
}
