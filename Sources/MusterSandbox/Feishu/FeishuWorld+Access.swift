extension FeishuWorld {
    // TODO: users and chats are found by linear search, which suits the demo seed but not a
    // 50,000-member tenant; keep id and email indexes beside the arrays (unsaved, rebuilt after
    // load and reset).

    /// The index of a user by an id of the given type.
    func userIndex(_ id: String, type: FeishuIDType) -> Int? {
        users.firstIndex { type.id(of: $0) == id }
    }

    /// A user by open_id.
    func user(openId: String) -> User? {
        users.first { $0.openId == openId }
    }

    /// Whether a user is inside an app's availability range.
    func isVisible(_ user: User, to app: App) -> Bool {
        app.visibleOpenIds.map { $0.contains(user.openId) } ?? true
    }

    /// The index of a live chat the calling bot is in, for every chat call.
    ///
    /// - Throws: 232006 for an unknown chat, 232009 for a dissolved one, 232011 when the bot is
    ///   not in it.
    func chatIndex(for call: FeishuCall) throws(FeishuFailure) -> Int {
        guard let id = call.chatId, let index = chats.firstIndex(where: { $0.chatId == id }) else {
            throw FeishuFailure(232006, "Your request specifies a chat_id which is invalid.")
        }
        guard !chats[index].isDissolved else {
            throw FeishuFailure(
                232009, "Your request specifies a chat which has already been dissolved.")
        }
        guard chats[index].botAppIds.contains(call.app.appId) else {
            throw FeishuFailure(
                232011,
                "Operator and chat can NOT be in different tenants or the operator is not in the chat."
            )
        }
        return index
    }

    /// The open_ids of a list of ids, checked as chat members to add.
    ///
    /// - Throws: the id type's "does not exist" error for an unknown id, 232024 for a user
    ///   outside the app's availability.
    func memberOpenIds(
        _ ids: [String], type: FeishuIDType, app: App
    ) throws(FeishuFailure) -> [String] {
        var openIds: [String] = []
        for id in ids {
            guard let index = userIndex(id, type: type) else { throw type.notFound }
            guard isVisible(users[index], to: app) else { throw Self.outsideVisibility }
            if !users[index].isResigned, !openIds.contains(users[index].openId) {
                openIds.append(users[index].openId)
            }
        }
        return openIds
    }

    /// 232024: a user outside the app's availability range.
    static let outsideVisibility = FeishuFailure(
        232024,
        "Users do not have the visibility of the app, or the operator does not have collaboration permissions with the target users."
    )
}
