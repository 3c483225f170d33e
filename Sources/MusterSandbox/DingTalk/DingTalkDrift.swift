/// A change made to the DingTalk organisation behind Muster's back, to simulate drift.
///
/// The body of `POST /_sandbox/dingtalk/drift`, for example
/// `{"action":"rename","group":"cid…","title":"other"}`; `group` is an open conversation id
/// or a chat id.
struct DingTalkDrift: Codable, Sendable {
    /// What to change.
    enum Action: String, Codable, Sendable {
        case rename, disband, removeMember, revokePermission, revokeToken, deactivateUser
    }

    var action: Action
    var group: String?
    var title: String?
    var user: String?
    var appKey: String?
    var permission: String?
    var token: String?

    /// Applies the change, checking only that the objects exist, not DingTalk's call rules.
    func apply(to world: inout DingTalkWorld) throws(SandboxError) {
        switch action {
        case .rename: world.groups[try groupIndex(world)].title = try required(title, "title")
        case .disband: world.groups[try groupIndex(world)].isDisbanded = true
        case .removeMember:
            let user = try required(user, "user")
            world.groups[try groupIndex(world)].members.removeAll { $0 == user }
        case .revokePermission:
            let permission = try required(permission, "permission")
            world.apps[try appIndex(world)].permissions.removeAll { $0 == permission }
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

    private func groupIndex(_ world: DingTalkWorld) throws(SandboxError) -> Int {
        let id = try required(group, "group")
        guard let index = world.groupIndex(id) else { throw .unknownObject("group '\(id)'") }
        return index
    }

    private func appIndex(_ world: DingTalkWorld) throws(SandboxError) -> Int {
        let key = try required(appKey, "appKey")
        guard let index = world.apps.firstIndex(where: { $0.appKey == key }) else {
            throw .unknownObject("app '\(key)'")
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
