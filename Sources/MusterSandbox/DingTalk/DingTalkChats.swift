/// The old oapi plain-group APIs: `chat/create`, `chat/update`, `chat/get`, `chat/send`.
enum DingTalkChats {
    static let maxUsersPerCall = 40

    /// `chat/create`: name 1-20 characters, the owner among at most 40 `useridlist` users.
    static func create(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let name = try validName(call.required("name"))
        let owner = try call.required("owner")
        let users = call.list("useridlist")
        guard users.count <= maxUsersPerCall else {
            throw .invalidParameter("useridlist holds at most \(maxUsersPerCall) users")
        }
        guard users.contains(owner) else { throw .invalidParameter("owner is not in useridlist") }
        let members = try DingTalkMembers.known(users, in: world)
        let group = DingTalkMembers.makeGroup(
            title: name, owner: owner, members: members, appKey: call.app.appKey, in: &world)
        world.groups.append(group)
        return [
            "chatid": .string(group.chatId),
            "openConversationId": .string(group.openConversationId),
            "conversationTag": 2,
        ]
    }

    /// `chat/update`: rename, change the owner, add and remove members (≤40 each).
    static func update(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let index = try DingTalkSceneGroups.liveGroup(call.required("chatid"), world)
        let added = call.list("add_useridlist")
        let removed = call.list("del_useridlist")
        guard added.count <= maxUsersPerCall, removed.count <= maxUsersPerCall else {
            throw .invalidParameter("at most \(maxUsersPerCall) users per list")
        }
        let owner = call.string("owner") ?? world.groups[index].ownerUserId
        guard !removed.contains(owner) else { throw .invalidParameter("the owner cannot leave") }
        DingTalkMembers.add(
            try DingTalkMembers.known(added + [owner], in: world), to: &world.groups[index])
        world.groups[index].members.removeAll(where: removed.contains)
        world.groups[index].ownerUserId = owner
        if let name = call.string("name") { world.groups[index].title = try validName(name) }
        return [:]
    }

    /// `chat/get?chatid=`.
    static func get(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let group = world.groups[try DingTalkSceneGroups.liveGroup(call.required("chatid"), world)]
        return [
            "chat_info": [
                "chatid": .string(group.chatId), "name": .string(group.title),
                "owner": .string(group.ownerUserId),
                "useridlist": .array(group.members.map { .string($0) }),
                "openConversationId": .string(group.openConversationId),
            ]
        ]
    }

    /// `chat/send`: `{chatid, msg:{msgtype, <msgtype>:{…}}}`, recorded like a robot message.
    static func send(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let index = try DingTalkSceneGroups.liveGroup(call.required("chatid"), world)
        guard let msg = call.arguments["msg"]?.objectValue, let type = msg["msgtype"]?.stringValue,
            let content = msg[type]
        else { throw .invalidParameter("msg needs msgtype and its content") }
        let id = "msg" + String(world.nextSequence(), radix: 16).leftPadded(to: 16)
        world.messages.append(
            .init(
                openConversationId: world.groups[index].openConversationId, msgKey: type,
                msgParam: String(decoding: content.encodedBytes, as: UTF8.self),
                processQueryKey: id, appKey: call.app.appKey))
        return ["messageId": .string(id)]
    }

    private static func validName(_ name: String) throws(DingTalkFailure) -> String {
        guard (1...20).contains(name.count) else {
            throw .invalidParameter("name must be 1-20 characters")
        }
        return name
    }
}
