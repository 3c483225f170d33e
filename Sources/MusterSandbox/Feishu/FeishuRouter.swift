import MusterHTTPServer

/// Maps an HTTP method and path under `/open-apis/` to an operation name and its path id.
enum FeishuRouter {
    /// The name of the token endpoint, which needs no token.
    static let tokenOperation = "auth.v3.tenant_access_token.internal"

    /// A routed request.
    struct Route: Equatable {
        var operation: String
        var chatId: String?
    }

    private static let fixedRoutes: [String: String] = [
        "POST auth/v3/tenant_access_token/internal": tokenOperation,
        "POST im/v1/chats": "im.v1.chat.create",
        "GET im/v1/chats": "im.v1.chat.list",
        "POST im/v1/messages": "im.v1.message.create",
        "POST contact/v3/users/batch_get_id": "contact.v3.user.batch_get_id",
        "GET contact/v3/users/batch": "contact.v3.user.batch",
        "GET application/v6/scopes": "application.v6.scope.list",
    ]

    private static let chatRoutes: [String: String] = [
        "GET": "im.v1.chat.get", "PUT": "im.v1.chat.update", "DELETE": "im.v1.chat.delete",
        "POST members": "im.v1.chat_members.create", "DELETE members": "im.v1.chat_members.delete",
        "GET members": "im.v1.chat_members.get",
        "GET members/is_in_chat": "im.v1.chat_members.is_in_chat",
    ]

    /// The route of a request, or nil for a path Feishu does not serve.
    static func route(_ request: HTTPRequest) -> Route? {
        guard request.path.hasPrefix("/open-apis/") else { return nil }
        let parts = request.path.dropFirst("/open-apis/".count).split(separator: "/")
            .map(String.init)
        if let name = fixedRoutes["\(request.method) \(parts.joined(separator: "/"))"] {
            return Route(operation: name)
        }
        guard parts.count >= 4, parts[0...2] == ["im", "v1", "chats"] else { return nil }
        let rest = parts.dropFirst(4).joined(separator: "/")
        let key = rest.isEmpty ? request.method : "\(request.method) \(rest)"
        return chatRoutes[key].map { Route(operation: $0, chatId: parts[3]) }
    }
}
