/// A change made to the Slack workspace behind Muster's back, to simulate drift.
///
/// The body of `POST /_sandbox/slack/drift`, for example
/// `{"action":"rename","channel":"C…","name":"other"}`.
struct SlackDrift: Codable, Sendable {
    /// What to change.
    enum Action: String, Codable, Sendable {
        case rename, archive, unarchive, kick, revokeScope, revokeToken, deactivateUser, setEmail
    }

    var action: Action
    var channel: String?
    var name: String?
    var user: String?
    var token: String?
    var scope: String?
    var email: String?

    /// Applies the change, checking only that the objects exist, not Slack's call rules.
    func apply(to world: inout SlackWorld) throws(SandboxError) {
        switch action {
        case .rename:
            let index = try channelIndex(world)
            world.channels[index].previousNames.insert(world.channels[index].name, at: 0)
            world.channels[index].name = try required(name, "name")
        case .archive: world.channels[try channelIndex(world)].isArchived = true
        case .unarchive: world.channels[try channelIndex(world)].isArchived = false
        case .kick:
            let index = try channelIndex(world)
            let user = try required(user, "user")
            world.channels[index].members.removeAll { $0 == user }
        case .revokeScope:
            let scope = try required(scope, "scope")
            world.tokens[try tokenIndex(world)].scopes.removeAll { $0 == scope }
        case .revokeToken: world.tokens[try tokenIndex(world)].isRevoked = true
        case .deactivateUser: world.users[try userIndex(world)].isDeleted = true
        case .setEmail: world.users[try userIndex(world)].email = try required(email, "email")
        }
    }

    private func userIndex(_ world: SlackWorld) throws(SandboxError) -> Int {
        let user = try required(user, "user")
        guard let index = world.users.firstIndex(where: { $0.id == user }) else {
            throw .unknownObject("user '\(user)'")
        }
        return index
    }

    private func channelIndex(_ world: SlackWorld) throws(SandboxError) -> Int {
        let id = try required(channel, "channel")
        guard let index = world.channelIndex(id) else { throw .unknownObject("channel '\(id)'") }
        return index
    }

    private func tokenIndex(_ world: SlackWorld) throws(SandboxError) -> Int {
        let token = try required(token, "token")
        guard let index = world.tokens.firstIndex(where: { $0.token == token }) else {
            throw .unknownObject("token")
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
