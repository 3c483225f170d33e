/// `POST /im/v1/messages`: a bot's message to a chat, recorded in the tenant.
enum FeishuMessages {
    /// How long a message `uuid` returns the same message: one hour.
    static let uuidWindow: Double = 3600

    /// Sends to the chat in `receive_id`; `content` must be a JSON object encoded as a string.
    ///
    /// - Throws: 230001 for a bad receive_id_type, msg_type or content, 230002 when the bot is
    ///   not in the chat, 230025 for content over 150 KB, 230020 past the chat's message limit.
    static func create(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        guard call.query["receive_id_type"] == "chat_id" else {
            // TODO: sending to a person (open_id, user_id, union_id, email) needs p2p chats.
            throw FeishuFailure(
                230001,
                "Your request contains an invalid request parameter: receive_id_type is not supported by the sandbox, only chat_id."
            )
        }
        let chatId = call.string("receive_id") ?? ""
        let key = call.string("uuid").map { "message \(call.app.appId) \($0)" }
        if let key, let id = world.remembered(key, within: uuidWindow, now: call.now),
            let message = world.messages.first(where: { $0.messageId == id })
        {
            return render(message, world: world)
        }
        let message = try makeMessage(call, chatId: chatId, in: &world)
        if let key { world.remember(key, objectId: message.messageId, now: call.now) }
        return render(message, world: world)
    }

    private static func makeMessage(
        _ call: FeishuCall, chatId: String, in world: inout FeishuWorld
    ) throws(FeishuFailure) -> FeishuWorld.Message {
        let msgType = call.string("msg_type") ?? ""
        let content = call.string("content") ?? ""
        guard !msgType.isEmpty, JSONValue.parse(Array(content.utf8))?.objectValue != nil else {
            throw FeishuFailure(
                230001,
                "Your request contains an invalid request parameter: content must be a JSON object encoded as a string."
            )
        }
        guard content.utf8.count <= 150 * 1024 else {
            throw FeishuFailure(230025, "The message content is too long.")
        }
        let chat = world.chats.first { $0.chatId == chatId }
        guard let chat else { throw FeishuFailure(230034, "The receive_id is invalid.") }
        guard !chat.isDissolved, chat.botAppIds.contains(call.app.appId) else {
            throw FeishuFailure(230002, "Bot/User can NOT be out of the chat.")
        }
        guard world.admitMessage(toChat: chatId, now: call.now) else {
            throw FeishuFailure(230020, "This operation triggers the frequency limit.")
        }
        let message = FeishuWorld.Message(
            messageId: world.makeId("om_"), chatId: chatId, msgType: msgType, content: content,
            senderAppId: call.app.appId, createTime: call.now)
        world.messages.append(message)
        return message
    }

    private static func render(_ message: FeishuWorld.Message, world: FeishuWorld) -> JSONValue {
        let time = JSONValue.string(String(Int(message.createTime * 1000)))
        return [
            "message_id": .string(message.messageId), "msg_type": .string(message.msgType),
            "create_time": time, "update_time": time, "deleted": false, "updated": false,
            "chat_id": .string(message.chatId),
            "sender": [
                "id": .string(message.senderAppId), "id_type": "app_id", "sender_type": "app",
                "tenant_key": .string(world.tenantKey),
            ],
            "body": ["content": .string(message.content)], "mentions": [],
        ]
    }
}
