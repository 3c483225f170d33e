/// A change made to a Feishu or Lark tenant behind Muster's back, to simulate drift.
///
/// The body of `POST /_sandbox/feishu/drift` (or `lark/drift`), for example
/// `{"action":"rename","chat":"oc_…","name":"other"}`. Users are named by open_id.
struct FeishuDrift: Codable, Sendable {
    /// What to change.
    enum Action: String, Codable, Sendable {
        case rename, dissolve, removeMember, revokeScope, revokeToken, resignUser
    }

    var action: Action
    var chat: String?
    var name: String?
    var user: String?
    /// The app whose scope or tokens to revoke.
    var app: String?
    /// One token to revoke; without it, `revokeToken` revokes every token of `app`.
    var token: String?
    var scope: String?

    /// Applies the change, checking only that the objects exist, not Feishu's call rules.
    func apply(to world: inout FeishuWorld) throws(SandboxError) {
        switch action {
        case .rename: world.chats[try chatIndex(world)].name = try required(name, "name")
        case .dissolve: world.chats[try chatIndex(world)].isDissolved = true
        case .removeMember:
            let index = try chatIndex(world)
            let user = try required(user, "user")
            world.chats[index].members.removeAll { $0 == user }
        case .revokeScope:
            let scope = try required(scope, "scope")
            world.apps[try appIndex(world)].scopes.removeAll { $0 == scope }
        case .revokeToken: try revokeTokens(in: &world)
        case .resignUser:
            let user = try required(user, "user")
            guard let index = world.users.firstIndex(where: { $0.openId == user }) else {
                throw .unknownObject("user '\(user)'")
            }
            world.users[index].isResigned = true
        }
    }

    private func revokeTokens(in world: inout FeishuWorld) throws(SandboxError) {
        if let token {
            guard let index = world.tokens.firstIndex(where: { $0.token == token }) else {
                throw .unknownObject("token")
            }
            world.tokens[index].isRevoked = true
            return
        }
        let appId = world.apps[try appIndex(world)].appId
        for index in world.tokens.indices where world.tokens[index].appId == appId {
            world.tokens[index].isRevoked = true
        }
    }

    private func chatIndex(_ world: FeishuWorld) throws(SandboxError) -> Int {
        let id = try required(chat, "chat")
        guard let index = world.chats.firstIndex(where: { $0.chatId == id }) else {
            throw .unknownObject("chat '\(id)'")
        }
        return index
    }

    private func appIndex(_ world: FeishuWorld) throws(SandboxError) -> Int {
        let id = try required(app, "app")
        guard let index = world.apps.firstIndex(where: { $0.appId == id }) else {
            throw .unknownObject("app '\(id)'")
        }
        return index
    }

    private func required(_ value: String?, _ field: String) throws(SandboxError) -> String {
        guard let value, !value.isEmpty else {
            throw .invalidRequestBody("drift '\(action.rawValue)' needs '\(field)'")
        }
        return value
    }
}
