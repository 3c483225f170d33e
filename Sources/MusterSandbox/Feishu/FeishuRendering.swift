/// The JSON shapes of Feishu objects, as the Open API returns them.
enum FeishuRendering {
    /// A chat as `chats` create and get answer; get adds the counts and the status.
    static func chat(
        _ chat: FeishuWorld.Chat, in world: FeishuWorld, idType: FeishuIDType,
        includesCounts: Bool
    ) -> JSONValue {
        var object: [String: JSONValue] = [
            "name": .string(chat.name), "description": .string(chat.description),
            "avatar": "", "i18n_names": [:], "chat_mode": "group",
            "chat_type": .string(chat.chatType),
            "external": false, "tenant_key": .string(world.tenantKey),
            "group_message_type": "chat", "add_member_permission": "all_members",
            "share_card_permission": "allowed", "at_all_permission": "all_members",
            "edit_permission": "all_members", "membership_approval": "no_approval_required",
            "join_message_visibility": "all_members", "leave_message_visibility": "all_members",
            "labels": [],
        ]
        object.merge(owner(chat, in: world, idType: idType)) { _, new in new }
        if includesCounts {
            object["user_count"] = .string(String(chat.members.count))
            object["bot_count"] = .string(String(chat.botAppIds.count))
            object["chat_status"] = "normal"
            object["user_manager_id_list"] = []
            object["bot_manager_id_list"] = []
        } else {
            object["chat_id"] = .string(chat.chatId)
        }
        return .object(object)
    }

    /// A chat as an item of the chat list.
    static func listItem(
        _ chat: FeishuWorld.Chat, in world: FeishuWorld, idType: FeishuIDType
    ) -> JSONValue {
        var object: [String: JSONValue] = [
            "chat_id": .string(chat.chatId), "name": .string(chat.name),
            "description": .string(chat.description), "avatar": "", "external": false,
            "tenant_key": .string(world.tenantKey), "labels": [], "chat_status": "normal",
        ]
        object.merge(owner(chat, in: world, idType: idType)) { _, new in new }
        return .object(object)
    }

    /// A member of the member list.
    static func member(
        _ user: FeishuWorld.User, idType: FeishuIDType, tenantKey: String
    )
        -> JSONValue
    {
        [
            "member_id_type": .string(idType.rawValue), "member_id": .string(idType.id(of: user)),
            "name": .string(user.name), "tenant_key": .string(tenantKey),
        ]
    }

    /// The owner fields: a user's id of the asked type, or the owning app's app_id.
    private static func owner(
        _ chat: FeishuWorld.Chat, in world: FeishuWorld, idType: FeishuIDType
    ) -> [String: JSONValue] {
        if let openId = chat.ownerOpenId, let user = world.user(openId: openId) {
            return [
                "owner_id": .string(idType.id(of: user)), "owner_id_type": .string(idType.rawValue),
            ]
        }
        return ["owner_id": .string(chat.ownerAppId ?? ""), "owner_id_type": "app_id"]
    }
}
