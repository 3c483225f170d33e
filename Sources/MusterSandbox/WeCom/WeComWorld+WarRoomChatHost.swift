extension WeComWorld: WarRoomChatHost {
    /// Flashduty's WeCom link matches by email (`user/get_userid_by_email`) and by phone
    /// (`user/getuserid`).
    package var matchesEmail: Bool { true }
    package var matchesPhone: Bool { true }

    /// The active user with this corporate mailbox or, failing that, personal email, if the
    /// app can see them; the lookup, like WeCom's, finds the user before checking visibility.
    package func userID(email: String, app: String) -> String? {
        let email = email.lowercased()
        let corporate = visibleUser(app: app) { $0.bizMail?.lowercased() == email }
        return corporate ?? visibleUser(app: app) { $0.email?.lowercased() == email }
    }

    /// WeCom stores mainland mobiles without `+86` and others with a spaced `+CC`, so digits
    /// are compared, with 86 put in front of a stored number that has no country code.
    package func userID(phone: String, app: String) -> String? {
        let wanted = PhoneDigits.of(phone)
        return visibleUser(app: app) { user in
            guard let own = user.mobile else { return false }
            let stored = PhoneDigits.of(own)
            return stored == wanted || (!own.hasPrefix("+") && "86" + stored == wanted)
        }
    }

    /// Creates an app chat owned by its first member, as `appchat/create` would: the app must
    /// see the root department, 2-2000 active members it can see, a name cut to 50.
    package mutating func createChat(
        named name: String, members: [String], app: String, now: Double
    ) throws(WarRoomChatError) -> WarRoomChat {
        let owner = try chatApp(app)
        let people = joinable(members, to: owner)
        guard WeComAppChats.memberRange.contains(people.count) else { throw .refused("86006") }
        let chat = Chat(
            chatId: makeChatId(), name: String(name.prefix(WeComAppChats.maxNameLength)),
            owner: people[0], members: people, agentId: owner.agentId)
        chats.append(chat)
        return warRoomChat(chat)
    }

    /// Adds members as `appchat/update` with `add_user_list` would.
    package mutating func invite(
        _ members: [String], toChat chatID: String, app: String
    ) throws(WarRoomChatError) {
        let owner = try chatApp(app)
        let index = try ownChatIndex(chatID, agentId: owner.agentId)
        guard !chats[index].isClosed else { throw .refused("chat closed by its war room") }
        let joining = joinable(members, to: owner).filter { !chats[index].members.contains($0) }
        guard chats[index].members.count + joining.count <= WeComAppChats.memberRange.upperBound
        else { throw .refused("86006") }
        chats[index].members += joining
    }

    /// Marks the chat closed and reports it archived: WeCom has no API to dissolve an app
    /// chat, so it stays, members and all.
    package mutating func closeChat(
        _ chatID: String, app: String
    ) throws(WarRoomChatError) -> WarRoomChatClosing {
        let owner = try chatApp(app)
        let index = try ownChatIndex(chatID, agentId: owner.agentId)
        chats[index].isClosed = true
        return .archived
    }

    package func chat(_ chatID: String, app: String) -> WarRoomChat? {
        guard let found = apps.first(where: { String($0.agentId) == app }) else { return nil }
        return chats.first { $0.chatId == chatID && $0.agentId == found.agentId }
            .map(warRoomChat)
    }

    /// The first active user matching, if the app can see them.
    private func visibleUser(app: String, _ isMatch: (WeComSeed.User) -> Bool) -> String? {
        guard let found = apps.first(where: { String($0.agentId) == app }),
            let user = users.first(where: {
                $0.isActive != false && $0.isDisabled != true && isMatch($0)
            }),
            isVisible(user, to: found)
        else { return nil }
        return user.userId
    }

    /// The app by agent id, checked to see the root department, as appchat needs (48002).
    private func chatApp(_ app: String) throws(WarRoomChatError) -> WeComSeed.App {
        guard let found = apps.first(where: { String($0.agentId) == app }) else {
            throw .appNotFound(app)
        }
        guard seesRoot(found) else { throw .refused("48002") }
        return found
    }

    /// The userids that may join a chat of the app: active and visible to it, in order.
    private func joinable(_ userIds: [String], to app: WeComSeed.App) -> [String] {
        userIds.uniqued().filter { id in activeUser(id).map { isVisible($0, to: app) } ?? false }
    }

    private func ownChatIndex(_ chatID: String, agentId: Int) throws(WarRoomChatError) -> Int {
        guard let index = chats.firstIndex(where: { $0.chatId == chatID && $0.agentId == agentId })
        else { throw .chatNotFound(chatID) }
        return index
    }

    private func warRoomChat(_ chat: Chat) -> WarRoomChat {
        WarRoomChat(
            id: chat.chatId, name: chat.name, members: chat.members, isClosed: chat.isClosed,
            shareLink: "wxwork://message?chatid=\(chat.chatId)")
    }

}
