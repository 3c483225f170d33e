/// chat.postMessage, which records each message in the workspace.
enum SlackChat {
    static let maxAttachments = 100

    static func postMessage(
        _ world: inout SlackWorld, _ call: SlackCall
    ) throws(SlackFailure)
        -> [String: JSONValue]
    {
        let index = try postableChannel(world, call)
        let text = call.parameters["text"] ?? ""
        let blocks = try readBlocks(call.parameters["blocks"])
        try checkContent(call.parameters, text: text, hasBlocks: blocks != nil)
        let number = world.nextSequence()
        let message = SlackWorld.Message(
            channel: world.channels[index].id,
            ts: "\(Int(call.now)).\(String(number % 1_000_000).leftPadded(to: 6))",
            text: text, blocks: blocks, user: call.botUserId, botId: call.app.botId,
            threadTs: call.parameters["thread_ts"])
        world.messages.append(message)
        return [
            "channel": .string(message.channel), "ts": .string(message.ts),
            "message": rendered(message, appId: call.app.id),
        ]
    }

    /// The channel by id or by name (with or without `#`); the bot must be in it, unless the
    /// token has `chat:write.public` and the channel is public.
    private static func postableChannel(
        _ world: SlackWorld, _ call: SlackCall
    )
        throws(SlackFailure) -> Int
    {
        let target = try call.parameters.required("channel")
        let name = target.hasPrefix("#") ? String(target.dropFirst()) : target
        let id = world.channels.first { $0.name == name }?.id ?? target
        let index = try world.visibleChannel(id, for: call)
        let channel = world.channels[index]
        guard !channel.isArchived else { throw SlackFailure("is_archived") }
        let canPostPublicly = !channel.isPrivate && call.hasScope("chat:write.public")
        guard channel.members.contains(call.botUserId) || canPostPublicly else {
            throw SlackFailure("not_in_channel")
        }
        return index
    }

    private static func readBlocks(_ text: String?) throws(SlackFailure) -> JSONValue? {
        guard let text, !text.isEmpty else { return nil }
        guard let blocks = JSONValue.parse(Array(text.utf8)) else {
            throw SlackFailure("invalid_blocks_format")
        }
        guard blocks.arrayValue != nil else { throw SlackFailure("invalid_blocks") }
        return blocks
    }

    private static func checkContent(
        _ parameters: SlackParameters, text: String, hasBlocks: Bool
    )
        throws(SlackFailure)
    {
        let attachments = parameters["attachments"].flatMap { JSONValue.parse(Array($0.utf8)) }
        let attachmentCount = attachments?.arrayValue?.count ?? 0
        guard attachmentCount <= maxAttachments else { throw SlackFailure("too_many_attachments") }
        let markdown = parameters["markdown_text"] ?? ""
        guard markdown.isEmpty || (text.isEmpty && !hasBlocks) else {
            throw SlackFailure("markdown_text_conflict")
        }
        guard !text.isEmpty || hasBlocks || attachmentCount > 0 || !markdown.isEmpty else {
            throw SlackFailure("no_text")
        }
    }

    private static func rendered(_ message: SlackWorld.Message, appId: String) -> JSONValue {
        var object: [String: JSONValue] = [
            "type": "message", "text": .string(message.text), "user": .string(message.user),
            "bot_id": .string(message.botId), "app_id": .string(appId), "ts": .string(message.ts),
        ]
        if let blocks = message.blocks { object["blocks"] = blocks }
        if let thread = message.threadTs { object["thread_ts"] = .string(thread) }
        return .object(object)
    }
}
