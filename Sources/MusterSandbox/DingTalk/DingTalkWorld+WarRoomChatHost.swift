extension DingTalkWorld: WarRoomChatHost {
    /// The permission point the scene-group calls need.
    static let chatPermission = "qyapi_chat_manage"
    /// The longest scene-group title DingTalk accepts.
    static let maxTitleLength = 30

    /// Flashduty's DingTalk link matches by phone only, with `topapi/v2/user/getbymobile`.
    package var matchesEmail: Bool { false }
    package var matchesPhone: Bool { true }

    package func userID(email: String, app: String) -> String? {
        nil
    }

    /// An in-service user whose mobile has the phone's digits, country code included.
    package func userID(phone: String, app: String) -> String? {
        guard apps.contains(where: { $0.appKey == app }) else { return nil }
        return user(mobile: phone)?.userId
    }

    /// Creates a scene group from the organisation's first template, as `sceneGroup/create`
    /// would; the first member in service owns it, since a DingTalk group needs a person as
    /// its owner, and the title is cut to 30 characters.
    package mutating func createChat(
        named name: String, members: [String], app: String, now: Double
    ) throws(WarRoomChatError) -> WarRoomChat {
        try checkApp(app)
        guard let template = templates.first else { throw .refused("template_id not found") }
        let people = inService(members)
        guard let owner = people.first else { throw .refused("owner_user_id is required") }
        guard people.count <= DingTalkSceneGroups.maxMembers else {
            throw .refused("a group holds at most \(DingTalkSceneGroups.maxMembers) members")
        }
        let title = String((name.isEmpty ? "War room" : name).prefix(Self.maxTitleLength))
        var group = DingTalkMembers.makeGroup(
            title: title, owner: owner, members: people, appKey: app, in: &self)
        group.templateId = template.id
        groups.append(group)
        return warRoomChat(group)
    }

    /// Adds members as `sceneGroup/member/add` would; people not in service are skipped.
    package mutating func invite(
        _ members: [String], toChat chatID: String, app: String
    ) throws(WarRoomChatError) {
        try checkApp(app)
        let index = try appGroupIndex(chatID, app: app)
        guard !groups[index].isDisbanded else { throw .refused("resource.not.found") }
        DingTalkMembers.add(inService(members), to: &groups[index])
        guard groups[index].members.count <= DingTalkSceneGroups.maxMembers else {
            throw .refused("a group holds at most \(DingTalkSceneGroups.maxMembers) members")
        }
    }

    /// Disbands the group, as `chat/scenegroup/disband` would; a disbanded group stays so.
    package mutating func closeChat(
        _ chatID: String, app: String
    ) throws(WarRoomChatError) -> WarRoomChatClosing {
        try checkApp(app)
        let index = try appGroupIndex(chatID, app: app)
        groups[index].isDisbanded = true
        return .dissolved
    }

    package func chat(_ chatID: String, app: String) -> WarRoomChat? {
        groups.last { $0.openConversationId == chatID && $0.appKey == app }.map(warRoomChat)
    }

    private func checkApp(_ app: String) throws(WarRoomChatError) {
        guard let found = apps.first(where: { $0.appKey == app }) else {
            throw .appNotFound(app)
        }
        guard found.permissions.contains(Self.chatPermission) else {
            throw .refused("Forbidden.AccessDenied.AccessTokenPermissionDenied")
        }
    }

    /// The userids of people in service, without duplicates, in order.
    private func inService(_ userIds: [String]) -> [String] {
        userIds.uniqued().filter { activeUser($0) != nil }
    }

    /// The latest group with this open conversation id that the app created.
    private func appGroupIndex(_ chatID: String, app: String) throws(WarRoomChatError) -> Int {
        guard
            let index = groups.lastIndex(where: {
                $0.openConversationId == chatID && $0.appKey == app
            })
        else { throw .chatNotFound(chatID) }
        return index
    }

    private func warRoomChat(_ group: Group) -> WarRoomChat {
        WarRoomChat(
            id: group.openConversationId, name: group.title, members: group.members,
            isClosed: group.isDisbanded,
            shareLink: "dingtalk://dingtalkclient/page/link?cid=\(group.chatId)")
    }
}
