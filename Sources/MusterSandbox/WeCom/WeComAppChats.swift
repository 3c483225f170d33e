/// The `appchat/*` APIs: chats an app creates, changes, reads and posts to.
///
/// Each needs an app whose visibility is the root department (48002 otherwise, a choice: the
/// W-err list has no dedicated code) and touches only chats that app created (86008).
enum WeComAppChats {
    static let maxNameLength = 50
    static let memberRange = 2...2000

    /// `appchat/create`: a client `chatid` must be new, `userlist` holds 2-2000 members.
    static func create(
        _ world: inout WeComWorld, _ call: WeComCall
    ) throws(WeComFailure) -> [String: JSONValue] {
        guard world.seesRoot(call.app) else { throw .apiForbidden }
        guard let users = call.list("userlist") else { throw .missingMembers }
        let members = users.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard memberRange.contains(members.count) else { throw .memberCount }
        for id in members {
            try WeComUsers.visibleUser(id, to: call.app, in: world, else: .invalidMember)
        }
        let owner = call.string("owner") ?? members[0]
        guard members.contains(owner) else { throw .ownerNotMember }
        let chatId = try newChatId(call.string("chatid"), world: &world)
        let name = String((call.string("name") ?? "").prefix(maxNameLength))
        world.chats.append(
            .init(
                chatId: chatId, name: name, owner: owner, members: members,
                agentId: call.app.agentId))
        return ["chatid": .string(chatId)]
    }

    /// `appchat/update`: rename, change the owner, add and remove members.
    static func update(
        _ world: inout WeComWorld, _ call: WeComCall
    ) throws(WeComFailure) -> [String: JSONValue] {
        let index = try ownChat(call, world)
        var chat = world.chats[index]
        for id in call.list("add_user_list") ?? [] {
            try WeComUsers.visibleUser(id, to: call.app, in: world, else: .invalidMemberChange)
            if !chat.members.contains(id) { chat.members.append(id) }
        }
        let removed = call.list("del_user_list") ?? []
        guard removed.allSatisfy(chat.members.contains) else { throw .invalidMemberChange }
        chat.members.removeAll(where: removed.contains)
        if let owner = call.string("owner") { chat.owner = owner }
        guard !removed.contains(chat.owner) else { throw .invalidOwner }
        guard chat.members.contains(chat.owner) else { throw .ownerNotMember }
        guard chat.members.count <= memberRange.upperBound else { throw .memberCount }
        if let name = call.string("name") {
            guard !name.isEmpty else { throw .invalidName }
            chat.name = String(name.prefix(maxNameLength))
        }
        world.chats[index] = chat
        return [:]
    }

    /// `appchat/get?chatid=` → `chat_info`.
    static func get(
        _ world: inout WeComWorld, _ call: WeComCall
    ) throws(WeComFailure) -> [String: JSONValue] {
        let chat = world.chats[try ownChat(call, world)]
        return [
            "chat_info": [
                "chatid": .string(chat.chatId), "name": .string(chat.name),
                "owner": .string(chat.owner), "userlist": .array(chat.members.map { .string($0) }),
                "chat_type": 0,
            ]
        ]
    }

    /// `appchat/send`: text and markdown messages, recorded.
    static func send(
        _ world: inout WeComWorld, _ call: WeComCall
    ) throws(WeComFailure) -> [String: JSONValue] {
        let chat = world.chats[try ownChat(call, world)]
        guard let type = call.string("msgtype"), ["text", "markdown"].contains(type) else {
            throw .invalidMessageType
        }
        guard let content = call.arguments[type], content["content"]?.stringValue?.isEmpty == false
        else { throw .emptyContent }
        world.messages.append(
            .init(chatId: chat.chatId, msgType: type, content: content, agentId: call.app.agentId))
        return [:]
    }

    /// The index of a chat this app created, named by the `chatid` argument.
    private static func ownChat(_ call: WeComCall, _ world: WeComWorld) throws(WeComFailure) -> Int
    {
        guard world.seesRoot(call.app) else { throw .apiForbidden }
        guard let id = call.string("chatid"), !id.isEmpty else { throw .missingChatId }
        guard let index = world.chats.firstIndex(where: { $0.chatId == id }) else {
            throw .chatNotFound
        }
        guard world.chats[index].agentId == call.app.agentId else { throw .notThisApp }
        return index
    }

    /// The client's chatid checked (≤32 of `[0-9a-zA-Z]`, unused), or a generated one.
    private static func newChatId(
        _ requested: String?, world: inout WeComWorld
    ) throws(WeComFailure) -> String {
        guard let requested, !requested.isEmpty else {
            return world.makeChatId()
        }
        guard requested.count <= 32 else { throw .chatIdTooLong }
        guard requested.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw .invalidChatId
        }
        guard !world.chats.contains(where: { $0.chatId == requested }) else { throw .chatIdTaken }
        return requested
    }
}
