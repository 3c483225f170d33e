/// The v1.0 scene-group APIs: snake_case bodies for changes, camelCase for queries.
enum DingTalkSceneGroups {
    static let maxMembers = 1000

    /// `sceneGroup/create`; a `uuid` already used by this app returns the same group.
    static func create(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let uuid = call.string("uuid")
        if let uuid,
            let group = world.groups.first(where: {
                $0.uuid == uuid && $0.appKey == call.app.appKey && !$0.isDisbanded
            })
        {
            return created(group)
        }
        let title = try validTitle(call.required("title"))
        let template = try call.required("template_id")
        guard world.templates.contains(where: { $0.id == template }) else {
            throw .invalidParameter("template_id \(template) not found")
        }
        let owner = try call.required("owner_user_id")
        let members = try DingTalkMembers.known([owner] + call.list("user_ids"), in: world)
        var group = DingTalkMembers.makeGroup(
            title: title, owner: owner, members: members, appKey: call.app.appKey, in: &world)
        group.templateId = template
        group.uuid = uuid
        world.groups.append(group)
        return created(group)
    }

    /// `sceneGroup/update`: only the fields sent change.
    static func update(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let index = try liveGroup(call.required("open_conversation_id"), world)
        if let title = call.string("title") { world.groups[index].title = try validTitle(title) }
        if let owner = call.string("owner_user_id") {
            _ = try DingTalkMembers.known([owner], in: world)
            DingTalkMembers.add([owner], to: &world.groups[index])
            world.groups[index].ownerUserId = owner
        }
        return ["success": true]
    }

    /// `sceneGroup/member/add`; members already in the group are left as they are.
    static func addMembers(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let index = try liveGroup(call.required("open_conversation_id"), world)
        let users = try DingTalkMembers.known(call.list("user_ids"), in: world)
        guard !users.isEmpty else { throw .invalidParameter("user_ids is required") }
        DingTalkMembers.add(users, to: &world.groups[index])
        guard world.groups[index].members.count <= maxMembers else {
            throw .invalidParameter("a group holds at most \(maxMembers) members")
        }
        return ["success": true]
    }

    /// `sceneGroup/member/delete`; the owner cannot be removed, non-members are ignored.
    static func removeMembers(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let index = try liveGroup(call.required("open_conversation_id"), world)
        let users = call.list("user_ids")
        guard !users.isEmpty else { throw .invalidParameter("user_ids is required") }
        guard !users.contains(world.groups[index].ownerUserId) else {
            throw .invalidParameter("the owner cannot be removed")
        }
        world.groups[index].members.removeAll(where: users.contains)
        return ["success": true]
    }

    /// `sceneGroups/members/query`: `cursor` and `size` paging, `nextCursor` while `hasMore`.
    static func members(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let index = try liveGroup(call.required("openConversationId"), world)
        let members = world.groups[index].members
        let size = call.integer("size") ?? 20
        guard (1...1000).contains(size) else { throw .invalidParameter("size must be 1-1000") }
        let cursor = call.string("cursor") ?? ""
        guard let start = cursor.isEmpty ? 0 : Int(cursor), (0...members.count).contains(start)
        else { throw .invalidParameter("cursor \(cursor) is invalid") }
        let end = min(members.count, start + size)
        var fields: [String: JSONValue] = [
            "memberUserIds": .array(members[start..<end].map { .string($0) }),
            "hasMore": .bool(end < members.count), "success": true,
        ]
        if end < members.count { fields["nextCursor"] = .string(String(end)) }
        return fields
    }

    /// `sceneGroups/query`; a disbanded group still answers, with `status` 2.
    static func info(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let id = try call.required("openConversationId")
        guard let group = world.groups.last(where: { $0.openConversationId == id }) else {
            throw .groupNotFound(id)
        }
        return [
            "openConversationId": .string(group.openConversationId),
            "title": .string(group.title), "ownerUserId": .string(group.ownerUserId),
            "templateId": .string(group.templateId ?? ""), "icon": "",
            "groupUrl": .string("dingtalk://dingtalkclient/page/link?cid=\(group.chatId)"),
            "status": .integer(group.isDisbanded ? 2 : 1), "success": true,
        ]
    }

    /// `chat/scenegroup/disband`.
    static func disband(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let index = try liveGroup(call.required("openConversationId"), world)
        world.groups[index].isDisbanded = true
        return ["success": true]
    }

    static func liveGroup(_ id: String, _ world: DingTalkWorld) throws(DingTalkFailure) -> Int {
        guard let index = world.groupIndex(id) else { throw .groupNotFound(id) }
        return index
    }

    private static func validTitle(_ title: String) throws(DingTalkFailure) -> String {
        guard (1...30).contains(title.count) else {
            throw .invalidParameter("title must be 1-30 characters")
        }
        return title
    }

    private static func created(_ group: DingTalkWorld.Group) -> [String: JSONValue] {
        [
            "open_conversation_id": .string(group.openConversationId),
            "chat_id": .string(group.chatId),
        ]
    }
}
