extension FeishuWorld: WarRoomChatHost {
    /// The longest chat name the host passes on; Feishu publishes no limit, so 60 is assumed.
    static let maxChatNameLength = 60

    /// Flashduty's Feishu/Lark link matches by email, then by phone, as
    /// `contact/v3/users/batch_get_id` takes both.
    package var matchesEmail: Bool { true }
    package var matchesPhone: Bool { true }

    package func userID(email: String, app: String) -> String? {
        let email = email.lowercased()
        return linkableUser(app: app) { $0.email?.lowercased() == email }
    }

    /// Feishu stores mobiles with their `+CC`, so an E.164 phone compares as it is.
    package func userID(phone: String, app: String) -> String? {
        linkableUser(app: app) { $0.mobile == phone }
    }

    /// Creates a private chat that the app's bot owns, as `POST im/v1/chats` without an
    /// `owner_id` would; resigned users and users outside the app's availability are skipped.
    package mutating func createChat(
        named name: String, members: [String], app: String, now: Double
    ) throws(WarRoomChatError) -> WarRoomChat {
        let owner = try chatApp(app, needing: "im:chat:create")
        let chat = Chat(
            chatId: makeId("oc_"), name: String(name.prefix(Self.maxChatNameLength)),
            description: "", ownerOpenId: nil, ownerAppId: app, creatorAppId: app,
            chatType: "private", members: joinable(members, to: owner), botAppIds: [app],
            isDissolved: false, createdAt: now)
        chats.append(chat)
        return warRoomChat(chat)
    }

    /// Adds members as `POST im/v1/chats/:chat_id/members` with `succeed_type` 1 would.
    package mutating func invite(
        _ members: [String], toChat chatID: String, app: String
    ) throws(WarRoomChatError) {
        let owner = try chatApp(app, needing: "im:chat.members:write_only")
        let index = try botChatIndex(chatID, app: app)
        guard !chats[index].isDissolved else { throw .refused("232009") }
        let joining = joinable(members, to: owner).filter { !chats[index].members.contains($0) }
        guard chats[index].members.count + joining.count <= FeishuChatMembers.memberCap else {
            throw .refused("232013")
        }
        chats[index].members += joining
    }

    /// Dissolves the chat, as `DELETE im/v1/chats/:chat_id` would; a chat dissolved already
    /// stays so.
    package mutating func closeChat(
        _ chatID: String, app: String
    ) throws(WarRoomChatError) -> WarRoomChatClosing {
        let owner = try chatApp(app, needing: "im:chat:delete")
        let index = try botChatIndex(chatID, app: app)
        let isOwner = chats[index].ownerAppId == app
        let actsAsOwner =
            chats[index].creatorAppId == app && owner.scopes.contains("im:chat:operate_as_owner")
        guard isOwner || actsAsOwner else { throw .refused("232017") }
        chats[index].isDissolved = true
        return .dissolved
    }

    package func chat(_ chatID: String, app: String) -> WarRoomChat? {
        chats.first { $0.chatId == chatID && $0.botAppIds.contains(app) }.map(warRoomChat)
    }

    /// The open_id of the first user matching who is active and inside the app's availability.
    private func linkableUser(app: String, _ isMatch: (User) -> Bool) -> String? {
        guard let found = apps.first(where: { $0.appId == app }) else { return nil }
        return users.first { user in
            isMatch(user) && !user.isResigned && !user.isFrozen && isVisible(user, to: found)
        }?.openId
    }

    /// The app, checked for a scope the operation needs (99991672 without it).
    private func chatApp(_ app: String, needing scope: String) throws(WarRoomChatError) -> App {
        guard let found = apps.first(where: { $0.appId == app }) else { throw .appNotFound(app) }
        guard found.scopes.contains(scope) || found.scopes.contains("im:chat") else {
            throw .refused("99991672")
        }
        return found
    }

    /// The open_ids that may join a chat of the app: known, not resigned, inside its range.
    private func joinable(_ openIds: [String], to app: App) -> [String] {
        openIds.uniqued().filter { id in
            user(openId: id).map { !$0.isResigned && isVisible($0, to: app) } ?? false
        }
    }

    private func botChatIndex(_ chatID: String, app: String) throws(WarRoomChatError) -> Int {
        guard let index = chats.firstIndex(where: { $0.chatId == chatID }),
            chats[index].botAppIds.contains(app)
        else { throw .chatNotFound(chatID) }
        return index
    }

    /// The chat as a war room sees it; Feishu keeps bots out of the member list, so
    /// `members` holds people only.
    private func warRoomChat(_ chat: Chat) -> WarRoomChat {
        // TODO: a Lark tenant's links should open applink.larksuite.com; FeishuWorld does not
        // know its brand yet, so every link uses Feishu's host. Pass the brand in at seeding.
        WarRoomChat(
            id: chat.chatId, name: chat.name, members: chat.members, isClosed: chat.isDissolved,
            shareLink: "https://applink.feishu.cn/client/chat/open?openChatId=\(chat.chatId)")
    }
}
