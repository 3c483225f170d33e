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
        case disableUser, forbidApi
    }

    var action: Action
    var chat: String?
    var name: String?
    var user: String?
    var agentId: Int?
    var token: String?
    /// The API `forbidApi` takes from the app, as `user/getuserid`.
    var api: String?

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
            let index = try appIndex(world)
            world.apps[index].visibleDepartments = []
            world.apps[index].visibleUsers = []
        case .forbidApi:
            let api = try required(api, "api")
            let index = try appIndex(world)
            world.apps[index].forbiddenApis = (world.apps[index].forbiddenApis ?? []) + [api]
        case .revokeToken:
            let token = try required(token, "token")
            guard let index = world.tokens.firstIndex(where: { $0.token == token }) else {
                throw .unknownObject("token")
            }
            world.tokens[index].isRevoked = true
        case .deactivateUser: world.users[try userIndex(world)].isActive = false
        case .disableUser: world.users[try userIndex(world)].isDisabled = true
        }
    }

    private func appIndex(_ world: WeComWorld) throws(SandboxError) -> Int {
        guard let index = world.apps.firstIndex(where: { $0.agentId == agentId }) else {
            throw .unknownObject("app '\(agentId.map(String.init) ?? "")'")
        }
        return index
    }

    private func userIndex(_ world: WeComWorld) throws(SandboxError) -> Int {
        let user = try required(user, "user")
        guard let index = world.users.firstIndex(where: { $0.userId == user }) else {
            throw .unknownObject("user '\(user)'")
        }
        return index
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
