/// The `im/v1/chats/:chat_id/members` operations: add, remove, list and is_in_chat.
enum FeishuChatMembers {
    /// The most people a chat holds by default.
    static let memberCap = 5000

    /// The ids of an add call, sorted by what Feishu would do with them.
    private struct Sorting {
        var valid: [String] = []
        var notExisted: [String] = []
        var resigned: [String] = []
        var outside: [String] = []
    }

    /// `POST …/members`: adds people, treating bad ids as `succeed_type` says.
    ///
    /// 0 (default) fails the whole call on an unknown id and skips resigned users; 1 adds the
    /// valid ids and reports the others; 2 fails on any id it cannot add.
    static func add(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("member_id_type", from: call)
        let ids = try idList(call)
        let index = try world.chatIndex(for: call)
        let sorting = sort(ids, type: idType, world: world, app: call.app)
        try check(sorting, succeedType: call.query["succeed_type"] ?? "0", idType: idType)
        let joining = sorting.valid.filter { !world.chats[index].members.contains($0) }
        guard world.chats[index].members.count + joining.count <= memberCap else {
            throw FeishuFailure(232013, "The number of chat members has reached the limit.")
        }
        world.chats[index].members += joining
        let invalid = sorting.resigned + sorting.outside
        return [
            "invalid_id_list": .array(invalid.map { .string($0) }),
            "not_existed_id_list": .array(sorting.notExisted.map { .string($0) }),
            "pending_approval_id_list": [],
        ]
    }

    private static func sort(
        _ ids: [String], type: FeishuIDType, world: FeishuWorld, app: FeishuWorld.App
    ) -> Sorting {
        var sorting = Sorting()
        for id in ids {
            guard let index = world.userIndex(id, type: type) else {
                sorting.notExisted.append(id)
                continue
            }
            let user = world.users[index]
            if !world.isVisible(user, to: app) {
                sorting.outside.append(id)
            } else if user.isResigned {
                sorting.resigned.append(id)
            } else if !sorting.valid.contains(user.openId) {
                sorting.valid.append(user.openId)
            }
        }
        return sorting
    }

    private static func check(
        _ sorting: Sorting, succeedType: String, idType: FeishuIDType
    ) throws(FeishuFailure) {
        switch succeedType {
        case "1": return
        case "0", "2":
            guard sorting.notExisted.isEmpty else { throw idType.notFound }
            guard sorting.outside.isEmpty else { throw FeishuWorld.outsideVisibility }
            guard succeedType == "0" || sorting.resigned.isEmpty else {
                throw FeishuFailure(
                    232043, "Some of the ids are unavailable: the users have resigned.")
            }
        default:
            throw .fieldViolation("succeed_type", "succeed_type must be 0, 1 or 2")
        }
    }

    private static func idList(_ call: FeishuCall) throws(FeishuFailure) -> [String] {
        let ids = try call.strings("id_list") ?? []
        guard !ids.isEmpty else { throw .fieldViolation("id_list", "id_list is required") }
        guard ids.count <= 50 else {
            throw .fieldViolation("id_list", "id_list holds at most 50 ids")
        }
        return ids
    }

    /// `DELETE …/members` with a JSON body: removes people; ids not in the chat are reported.
    static func remove(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("member_id_type", from: call)
        let ids = try idList(call)
        let index = try world.chatIndex(for: call)
        var invalid: [String] = []
        for id in ids {
            let openId = world.userIndex(id, type: idType).map { world.users[$0].openId }
            guard let openId, world.chats[index].members.contains(openId) else {
                invalid.append(id)
                continue
            }
            guard world.chats[index].ownerOpenId != openId else {
                throw FeishuFailure(232076, "The chat owner cannot be removed.")
            }
            world.chats[index].members.removeAll { $0 == openId }
        }
        return ["invalid_id_list": .array(invalid.map { .string($0) })]
    }

    /// `GET …/members`: people in joining order, 20 a page by default and 100 at most.
    static func list(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("member_id_type", from: call)
        let chat = world.chats[try world.chatIndex(for: call)]
        let page = try FeishuPageToken.page(chat.members, call: call)
        let items = page.items.compactMap { world.user(openId: $0) }.map {
            FeishuRendering.member($0, idType: idType, tenantKey: world.tenantKey)
        }
        var data = FeishuPageToken.fields(page.nextToken)
        data["items"] = .array(items)
        data["member_total"] = .integer(chat.members.count)
        return .object(data)
    }

    /// `GET …/members/is_in_chat`: whether the calling bot is in the chat.
    static func isInChat(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        guard let chat = world.chats.first(where: { $0.chatId == call.chatId }) else {
            throw FeishuFailure(232006, "Your request specifies a chat_id which is invalid.")
        }
        guard !chat.isDissolved else {
            throw FeishuFailure(
                232009, "Your request specifies a chat which has already been dissolved.")
        }
        return ["is_in_chat": .bool(chat.botAppIds.contains(call.app.appId))]
    }
}
