/// The app scopes each IM platform knows, with the Muster feature that needs each.
///
/// The catalog is the single source of truth for scope names: the loader rejects a scope that
/// is not listed for its platform, the planner names the feature when a scope is missing, and
/// `schema/` enumerates the same names. WeCom has no OAuth scopes, so its list is empty.
package enum ScopeCatalog {
    /// A scope and the feature that needs it.
    package struct Entry: Sendable, Equatable {
        package let name: String
        package let feature: String
    }

    /// The known scopes of a platform, in the order the documentation lists them.
    package static func scopes(for platform: Platform) -> [Entry] {
        switch platform {
        case .slack: return slack
        case .feishu, .lark: return feishu
        case .dingtalk: return dingtalk
        case .wecom: return []
        }
    }

    /// The entry for a scope name on a platform, if the platform knows it.
    package static func entry(_ name: String, on platform: Platform) -> Entry? {
        scopes(for: platform).first { $0.name == name }
    }

    private static let slack: [Entry] = [
        Entry(name: "channels:manage", feature: "create and manage public war-room channels"),
        Entry(name: "channels:read", feature: "read public channels and their members"),
        Entry(name: "channels:join", feature: "join public channels"),
        Entry(name: "channels:history", feature: "read war-room history for post-mortems"),
        Entry(name: "groups:write", feature: "create and manage private war-room channels"),
        Entry(name: "groups:read", feature: "read private channels and their members"),
        Entry(name: "groups:history", feature: "read private war-room history for post-mortems"),
        Entry(name: "im:write", feature: "open direct messages"),
        Entry(name: "im:read", feature: "read direct messages"),
        Entry(name: "mpim:write", feature: "manage group direct messages"),
        Entry(name: "mpim:read", feature: "read group direct messages"),
        Entry(name: "chat:write", feature: "post war-room announcements and status"),
        Entry(name: "chat:write.public", feature: "post in channels the app has not joined"),
        Entry(name: "chat:write.customize", feature: "post with a custom name and icon"),
        Entry(name: "pins:write", feature: "pin the incident card"),
        Entry(name: "bookmarks:write", feature: "add incident links as bookmarks"),
        Entry(name: "users:read", feature: "list workspace users"),
        Entry(name: "users:read.email", feature: "find users by email for bindings"),
        Entry(name: "users.profile:read", feature: "read user profiles"),
        Entry(name: "team:read", feature: "read the workspace name"),
        Entry(name: "usergroups:read", feature: "read user groups"),
    ]

    private static let feishu: [Entry] = [
        Entry(name: "im:chat", feature: "create and manage war-room chats (all chat operations)"),
        Entry(name: "im:chat:create", feature: "create war-room chats"),
        Entry(name: "im:chat:read", feature: "read war-room chats"),
        Entry(name: "im:chat:readonly", feature: "read war-room chats"),
        Entry(name: "im:chat:update", feature: "rename chats and set their description"),
        Entry(name: "im:chat:delete", feature: "dissolve war-room chats"),
        Entry(name: "im:chat:operate_as_owner", feature: "manage chats the bot created"),
        Entry(name: "im:chat.members:write_only", feature: "invite and remove war-room members"),
        Entry(name: "im:chat.members:read", feature: "read war-room members"),
        Entry(name: "im:message", feature: "post war-room announcements and status"),
        Entry(name: "im:message:send_as_bot", feature: "post war-room announcements as the bot"),
        Entry(name: "im:message:send", feature: "post messages"),
        Entry(name: "im:message.group_msg", feature: "read war-room history for post-mortems"),
        Entry(
            name: "contact:user.id:readonly", feature: "find users by email or phone for bindings"),
        Entry(name: "contact:user.employee_id:readonly", feature: "read users' employee ids"),
        Entry(name: "contact:user.email:readonly", feature: "read users' emails"),
        Entry(name: "contact:user.phone:readonly", feature: "read users' phones"),
        Entry(name: "contact:user.base:readonly", feature: "read users' names"),
        Entry(name: "contact:contact.base:readonly", feature: "read the contact directory"),
    ]

    private static let dingtalk: [Entry] = [
        Entry(name: "qyapi_chat_manage", feature: "create and manage war-room scene groups"),
        Entry(name: "qyapi_chat_read", feature: "read war-room groups"),
        Entry(name: "qyapi_chat_base_read", feature: "read war-room group basics"),
        Entry(
            name: "qyapi_robot_sendmsg", feature: "post war-room announcements through the robot"),
        Entry(name: "qyapi_get_member_by_mobile", feature: "find users by phone for bindings"),
        Entry(name: "qyapi_get_member", feature: "read users"),
        Entry(name: "Contact.User.Read", feature: "read users through the new contact API"),
    ]
}
