/// The conversations.* methods that only read: info, members and list.
enum SlackConversationReads {
    static let defaultPageSize = 100
    private static let knownTypes: Set = ["public_channel", "private_channel", "mpim", "im"]

    static func info(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.visibleChannel(call.parameters.required("channel"), for: call)
        let channel = SlackRendering.channel(
            world.channels[index], viewer: call.botUserId,
            includeMemberCount: call.parameters.flag("include_num_members"))
        return ["channel": channel]
    }

    static func members(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try world.visibleChannel(call.parameters.required("channel"), for: call)
        let page = try SlackCursor.page(
            world.channels[index].members, parameters: call.parameters,
            defaultLimit: defaultPageSize)
        return [
            "members": .array(page.items.map { .string($0) }),
            "response_metadata": SlackCursor.metadata(page.nextCursor),
        ]
    }

    /// Lists channels of the requested types (default public), private ones only if joined.
    static func list(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let types = try requestedTypes(call.parameters)
        let excludeArchived = call.parameters.flag("exclude_archived")
        let channels = world.channels.filter { channel in
            let type = channel.isPrivate ? "private_channel" : "public_channel"
            guard types.contains(type), !(excludeArchived && channel.isArchived) else {
                return false
            }
            return !channel.isPrivate || channel.members.contains(call.botUserId)
        }
        let page = try SlackCursor.page(
            channels, parameters: call.parameters, defaultLimit: defaultPageSize)
        return [
            "channels": .array(
                page.items.map { SlackRendering.channel($0, viewer: call.botUserId) }),
            "response_metadata": SlackCursor.metadata(page.nextCursor),
        ]
    }

    /// conversations.list needs the read scope of each requested type.
    static func listScopes(_ world: SlackWorld, _ parameters: SlackParameters) -> [[String]] {
        let types = (try? requestedTypes(parameters)) ?? []
        let scopes = [
            "public_channel": "channels:read", "private_channel": "groups:read",
            "mpim": "mpim:read", "im": "im:read",
        ]
        return types.sorted().compactMap { scopes[$0].map { [$0] } }
    }

    private static func requestedTypes(
        _ parameters: SlackParameters
    ) throws(SlackFailure)
        -> Set<String>
    {
        let types = Set(parameters.list("types"))
        guard !types.isEmpty else { return ["public_channel"] }
        guard types.isSubset(of: knownTypes) else { throw SlackFailure("invalid_types") }
        return types
    }
}
