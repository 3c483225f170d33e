/// Every Web API method the emulator knows, by name.
enum SlackMethodCatalog {
    static let methods: [String: SlackMethod] = Dictionary(
        uniqueKeysWithValues: (conversationMethods + otherMethods).map { ($0.name, $0) })

    private static let conversationMethods: [SlackMethod] = [
        SlackMethod(
            name: "conversations.create", tier: .tier2, acceptedScopes: SlackScopes.create,
            isMutating: true,
            requiredScopes: { _, parameters in
                [
                    parameters.flag("is_private")
                        ? ["groups:write"] : ["channels:manage", "channels:write"]
                ]
            },
            handler: SlackConversations.create),
        manage("conversations.rename", .tier2, SlackConversations.rename),
        manage("conversations.setTopic", .tier2, SlackConversations.setTopic),
        manage("conversations.setPurpose", .tier2, SlackConversations.setPurpose),
        manage("conversations.archive", .tier2, SlackConversations.archive),
        manage("conversations.unarchive", .tier2, SlackConversations.unarchive),
        manage("conversations.invite", .tier3, SlackMembership.invite),
        manage("conversations.kick", .tier3, SlackMembership.kick),
        SlackMethod(
            name: "conversations.join", tier: .tier3,
            acceptedScopes: ["channels:join", "channels:write"], isMutating: true,
            requiredScopes: { _, _ in [["channels:join", "channels:write"]] },
            handler: SlackMembership.join),
        read("conversations.info", .tier3, SlackConversationReads.info),
        read("conversations.members", .tier4, SlackConversationReads.members),
        SlackMethod(
            name: "conversations.list", tier: .tier2, acceptedScopes: SlackScopes.read,
            isMutating: false, requiredScopes: SlackConversationReads.listScopes,
            handler: SlackConversationReads.list),
    ]

    private static let otherMethods: [SlackMethod] = [
        SlackMethod(
            name: "auth.test", tier: .special, acceptedScopes: [], isMutating: false,
            requiredScopes: { _, _ in [] }, handler: SlackUsers.authTest),
        SlackMethod(
            name: "chat.postMessage", tier: .postMessage, acceptedScopes: ["chat:write"],
            isMutating: true, requiredScopes: { _, _ in [["chat:write"]] },
            handler: SlackChat.postMessage),
        users("users.list", .tier2, ["users:read"], SlackUsers.list),
        users("users.info", .tier4, ["users:read"], SlackUsers.info),
        users("users.lookupByEmail", .tier3, ["users:read.email"], SlackUsers.lookupByEmail),
    ]

    private static func manage(
        _ name: String, _ tier: SlackTier, _ handler: @escaping SlackMethod.Handler
    ) -> SlackMethod {
        SlackMethod(
            name: name, tier: tier, acceptedScopes: SlackScopes.manage, isMutating: true,
            requiredScopes: SlackScopes.manageRule, handler: handler)
    }

    private static func read(
        _ name: String, _ tier: SlackTier, _ handler: @escaping SlackMethod.Handler
    ) -> SlackMethod {
        SlackMethod(
            name: name, tier: tier, acceptedScopes: SlackScopes.read, isMutating: false,
            requiredScopes: SlackScopes.readRule, handler: handler)
    }

    private static func users(
        _ name: String, _ tier: SlackTier, _ scopes: [String],
        _ handler: @escaping SlackMethod.Handler
    ) -> SlackMethod {
        SlackMethod(
            name: name, tier: tier, acceptedScopes: scopes, isMutating: false,
            requiredScopes: { _, _ in [scopes] }, handler: handler)
    }
}
