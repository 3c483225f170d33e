/// The `im/v1/chats` operations: create, get, update, dissolve and list.
enum FeishuChats {
    /// How long a create `uuid` returns the same chat: ten hours.
    static let uuidWindow: Double = 36_000

    /// `POST /im/v1/chats`: a new chat with the bot in it, or the one a repeated uuid made.
    static func create(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("user_id_type", from: call)
        let ownerId = call.string("owner_id").flatMap { $0.isEmpty ? nil : $0 }
        let key = try uuidKey(call, ownerId: ownerId)
        if let key,
            let chat = world.remembered(key, within: uuidWindow, now: call.now)
                .flatMap({ id in world.chats.first { $0.chatId == id } })
        {
            return FeishuRendering.chat(chat, in: world, idType: idType, includesCounts: false)
        }

        let userIds = try call.strings("user_id_list") ?? []
        guard userIds.count <= 50 else {
            throw .fieldViolation("user_id_list", "user_id_list holds at most 50 ids")
        }
        var members: [String] = []
        if let ownerId {
            members = try world.memberOpenIds([ownerId], type: idType, app: call.app)
            guard !members.isEmpty else { throw FeishuFailure(232022, "The owner has resigned.") }
        }
        let owner = members.first
        members += try world.memberOpenIds(userIds, type: idType, app: call.app)
            .filter { $0 != owner }
        let chat = try makeChat(call, owner: owner, members: members, in: &world)
        if let key { world.remember(key, objectId: chat.chatId, now: call.now) }
        return FeishuRendering.chat(chat, in: world, idType: idType, includesCounts: false)
    }

    private static func uuidKey(
        _ call: FeishuCall, ownerId: String?
    ) throws(FeishuFailure)
        -> String?
    {
        guard let uuid = call.query["uuid"], !uuid.isEmpty else { return nil }
        guard uuid.count <= 50 else {
            throw .fieldViolation("uuid", "uuid holds at most 50 characters")
        }
        return "chat \(call.app.appId) \(uuid) \(ownerId ?? "")"
    }

    private static func makeChat(
        _ call: FeishuCall, owner: String?, members: [String], in world: inout FeishuWorld
    ) throws(FeishuFailure) -> FeishuWorld.Chat {
        let chatType = call.string("chat_type") ?? "private"
        let name = call.string("name") ?? ""
        guard chatType == "private" || chatType == "public" else {
            throw FeishuFailure(232008, "The chat type is not supported.")
        }
        try checkPublicName(name, chatType: chatType, except: nil, in: world)
        let chat = FeishuWorld.Chat(
            chatId: world.makeId("oc_"), name: name,
            description: call.string("description") ?? "", ownerOpenId: owner,
            ownerAppId: owner == nil ? call.app.appId : nil, creatorAppId: call.app.appId,
            chatType: chatType, members: members, botAppIds: [call.app.appId],
            isDissolved: false, createdAt: call.now)
        world.chats.append(chat)
        return chat
    }

    /// 232042 for a public chat without a name, 232026 for one whose name a live public chat has.
    static func checkPublicName(
        _ name: String, chatType: String, except id: String?, in world: FeishuWorld
    ) throws(FeishuFailure) {
        guard chatType == "public" else { return }
        guard !name.isEmpty else { throw FeishuFailure(232042, "A public chat needs a name.") }
        guard name.count >= 2 else {
            throw FeishuFailure(232020, "The name of a public chat must be at least 2 characters.")
        }
        let taken = world.chats.contains {
            $0.chatType == "public" && !$0.isDissolved && $0.name == name && $0.chatId != id
        }
        guard !taken else { throw FeishuFailure(232026, "The public chat name is already in use.") }
    }

    /// `GET /im/v1/chats/:chat_id`.
    static func get(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("user_id_type", from: call)
        let index = try world.chatIndex(for: call)
        return FeishuRendering.chat(
            world.chats[index], in: world, idType: idType, includesCounts: true)
    }

    /// `PUT /im/v1/chats/:chat_id`: changes the fields given and leaves the others alone.
    static func update(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("user_id_type", from: call)
        let index = try world.chatIndex(for: call)
        var chat = world.chats[index]
        chat.name = call.string("name") ?? chat.name
        chat.description = call.string("description") ?? chat.description
        chat.chatType = call.string("chat_type") ?? chat.chatType
        try checkPublicName(chat.name, chatType: chat.chatType, except: chat.chatId, in: world)
        if let ownerId = call.string("owner_id"), !ownerId.isEmpty {
            try transferOwnership(of: &chat, to: ownerId, idType: idType, world: world, call: call)
        }
        world.chats[index] = chat
        return [:]
    }

    private static func transferOwnership(
        of chat: inout FeishuWorld.Chat, to ownerId: String, idType: FeishuIDType,
        world: FeishuWorld, call: FeishuCall
    ) throws(FeishuFailure) {
        try requireOwnerRights(chat, call: call)
        guard let index = world.userIndex(ownerId, type: idType) else { throw idType.notFound }
        let openId = world.users[index].openId
        guard chat.members.contains(openId) else {
            throw FeishuFailure(232012, "The new owner is not in the chat.")
        }
        chat.ownerOpenId = openId
        chat.ownerAppId = nil
    }

    /// 232017 unless the bot owns the chat, or created it and holds `im:chat:operate_as_owner`.
    static func requireOwnerRights(_ chat: FeishuWorld.Chat, call: FeishuCall) throws(FeishuFailure)
    {
        let isOwner = chat.ownerAppId == call.app.appId
        let actsAsOwner =
            chat.creatorAppId == call.app.appId && call.hasScope("im:chat:operate_as_owner")
        guard isOwner || actsAsOwner else {
            throw FeishuFailure(
                232017, "The operator is neither the owner nor the creator of the chat.")
        }
    }

    /// `DELETE /im/v1/chats/:chat_id`: dissolves the chat; a second time answers 232009.
    static func dissolve(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let index = try world.chatIndex(for: call)
        try requireOwnerRights(world.chats[index], call: call)
        world.chats[index].isDissolved = true
        return [:]
    }

    /// `GET /im/v1/chats`: the live chats the bot is in, in creation order.
    static func list(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("user_id_type", from: call)
        let mine = world.chats.filter { !$0.isDissolved && $0.botAppIds.contains(call.app.appId) }
        let page = try FeishuPageToken.page(mine, call: call)
        var data = FeishuPageToken.fields(page.nextToken)
        data["items"] = .array(
            page.items.map { FeishuRendering.listItem($0, in: world, idType: idType) })
        return .object(data)
    }
}
