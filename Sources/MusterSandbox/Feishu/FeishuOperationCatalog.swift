/// Every Open API operation the emulator serves with a tenant token, by name.
///
/// The scopes are those of im-platforms.md §2.3: any one of an operation's list will do, and
/// `im:chat` is the broad alternative for every chat call.
enum FeishuOperationCatalog {
    static let operations: [String: FeishuOperation] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.name, $0) })

    private static let chatRead = ["im:chat", "im:chat:read", "im:chat:readonly"]
    private static let memberWrite = ["im:chat", "im:chat.members:write_only"]
    private static let memberRead = ["im:chat", "im:chat.members:read", "im:chat:readonly"]
    /// `contact/v3/users/batch`: any one of these (the Open Platform's page for the call).
    private static let contactRead = [
        "contact:contact.base:readonly", "contact:contact:readonly_as_app",
        "contact:contact:access_as_app", "contact:contact:readonly",
    ]

    private static let all: [FeishuOperation] = [
        write("im.v1.chat.create", ["im:chat", "im:chat:create"], FeishuChats.create),
        read("im.v1.chat.get", chatRead, FeishuChats.get),
        write("im.v1.chat.update", ["im:chat", "im:chat:update"], FeishuChats.update),
        write("im.v1.chat.delete", ["im:chat", "im:chat:delete"], FeishuChats.dissolve),
        read("im.v1.chat.list", chatRead, FeishuChats.list),
        write("im.v1.chat_members.create", memberWrite, FeishuChatMembers.add),
        write("im.v1.chat_members.delete", memberWrite, FeishuChatMembers.remove),
        read("im.v1.chat_members.get", memberRead, FeishuChatMembers.list),
        read("im.v1.chat_members.is_in_chat", memberRead, FeishuChatMembers.isInChat),
        write(
            "im.v1.message.create", ["im:message", "im:message:send_as_bot", "im:message:send"],
            FeishuMessages.create),
        read(
            "contact.v3.user.batch_get_id", ["contact:user.id:readonly"], FeishuContacts.batchGetId),
        read("contact.v3.user.batch", contactRead, FeishuContacts.batch),
        read("application.v6.scope.list", [], FeishuScopes.list),
    ]

    private static func write(
        _ name: String, _ scopes: [String], _ handler: @escaping FeishuOperation.Handler
    ) -> FeishuOperation {
        FeishuOperation(name: name, scopes: scopes, isMutating: true, handler: handler)
    }

    private static func read(
        _ name: String, _ scopes: [String], _ handler: @escaping FeishuOperation.Handler
    ) -> FeishuOperation {
        FeishuOperation(name: name, scopes: scopes, isMutating: false, handler: handler)
    }
}
