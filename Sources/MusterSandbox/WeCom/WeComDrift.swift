/// A change made to the WeCom corporation behind Muster's back, to simulate drift.
///
/// The body of `POST /_sandbox/wecom/drift`, for example
/// `{"action":"rename","chat":"wr…","name":"other"}`. WeCom has no dissolve API, so `dissolve`
/// here stands for the chat vanishing by other means (every member left): later calls answer
/// 86003.
struct WeComDrift: Codable, Sendable {
    /// What to change.
    enum Action: String, Codable, Sendable {
        case rename, dissolve, removeMember, hideFromApp, revokeToken, deactivateUser
    }

    var action: Action
    var chat: String?
    var name: String?
    var user: String?
    var agentId: Int?
    var token: String?

    /// Applies the change, checking only that the objects exist, not WeCom's call rules.
    func apply(to world: inout WeComWorld) throws(SandboxError) {
        switch action {
        case .rename: world.chats[try chatIndex(world)].name = try required(name, "name")
        case .dissolve: world.chats.remove(at: try chatIndex(world))
        case .removeMember:
            let user = try required(user, "user")
            world.chats[try chatIndex(world)].members.removeAll { $0 == user }
        case .hideFromApp:
            // Narrows the app's visibility to nothing, as an admin editing 可见范围 would.
            guard let index = world.apps.firstIndex(where: { $0.agentId == agentId }) else {
                throw .unknownObject("app '\(agentId.map(String.init) ?? "")'")
            }
            world.apps[index].visibleDepartments = []
            world.apps[index].visibleUsers = []
        case .revokeToken:
            let token = try required(token, "token")
            guard let index = world.tokens.firstIndex(where: { $0.token == token }) else {
                throw .unknownObject("token")
            }
            world.tokens[index].isRevoked = true
        case .deactivateUser:
            let user = try required(user, "user")
            guard let index = world.users.firstIndex(where: { $0.userId == user }) else {
                throw .unknownObject("user '\(user)'")
            }
            world.users[index].isActive = false
        }
    }

    private func chatIndex(_ world: WeComWorld) throws(SandboxError) -> Int {
        let id = try required(chat, "chat")
        guard let index = world.chats.firstIndex(where: { $0.chatId == id }) else {
            throw .unknownObject("chat '\(id)'")
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
