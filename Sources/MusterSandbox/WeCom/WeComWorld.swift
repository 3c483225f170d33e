/// The state of the emulated WeCom corporation: apps, tokens, users, app chats and messages.
///
/// Every chat member is a known user id, the owner is a member, and a chat belongs to the app
/// that created it: no other app may read or change it. WeCom has no API to dissolve a chat.
package struct WeComWorld: Codable, Sendable, Equatable {
    /// An access token of an app.
    package struct Token: Codable, Sendable, Equatable {
        package var token: String
        package var agentId: Int
        package var expiresAt: Double
        package var isRevoked: Bool
    }

    /// An app group chat.
    package struct Chat: Codable, Sendable, Equatable {
        package var chatId: String
        package var name: String
        package var owner: String
        package var members: [String]
        /// The app that created the chat.
        package var agentId: Int
        /// Whether a war room closed the chat; WeCom cannot dissolve one, so it stays readable
        /// through `appchat/get` and only the sandbox keeps this mark.
        package var isClosed = false
    }

    /// A message sent with `appchat/send`.
    package struct Message: Codable, Sendable, Equatable {
        package var chatId: String
        package var msgType: String
        package var content: JSONValue
        package var agentId: Int
    }

    package var corpId: String
    package var apps: [WeComSeed.App] = []
    package var departments: [WeComSeed.Department] = []
    package var users: [WeComSeed.User] = []
    package var tokens: [Token] = []
    package var chats: [Chat] = []
    package var messages: [Message] = []
    package var callsPerMinute = 10_000
    /// Calls counted in the current minute, by agent id and API.
    package var rateWindows: [String: WeComRateWindow] = [:]
    /// The last number used in a generated id or token.
    package var sequence = 0

    /// The corporation a seed describes.
    package init(seed: WeComSeed) {
        corpId = seed.corpId
        apps = seed.apps
        departments = seed.departments
        users = seed.users
        callsPerMinute = seed.callsPerMinute ?? 10_000
    }
}

extension WeComWorld {
    /// A fresh number for ids and tokens.
    mutating func nextSequence() -> Int {
        sequence += 1
        return sequence
    }

    /// A fresh id for a chat the caller did not name.
    mutating func makeChatId() -> String {
        "wr" + String(nextSequence(), radix: 16).leftPadded(to: 20)
    }

    /// An active user by userid: in the corporation and not disabled.
    func activeUser(_ userId: String) -> WeComSeed.User? {
        users.first { $0.userId == userId && $0.isActive != false && $0.isDisabled != true }
    }

    /// Whether the app's visibility covers the user.
    func isVisible(_ user: WeComSeed.User, to app: WeComSeed.App) -> Bool {
        if app.visibleUsers?.contains(user.userId) == true { return true }
        return user.departments.contains { department in
            ancestry(of: department).contains(where: app.visibleDepartments.contains)
        }
    }

    /// Whether the app sees the root department, as appchat requires.
    func seesRoot(_ app: WeComSeed.App) -> Bool {
        app.visibleDepartments.contains(1)
    }

    /// The department and its parents up to the root.
    private func ancestry(of department: Int) -> [Int] {
        var chain: [Int] = []
        var current: Int? = department
        while let id = current, !chain.contains(id) {
            chain.append(id)
            current = departments.first { $0.id == id }?.parentId
        }
        return chain
    }
}

extension WeComWorld.Chat {
    /// Decodes a chat; state saved before `isClosed` existed loads as open.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        chatId = try container.decode(String.self, forKey: .chatId)
        name = try container.decode(String.self, forKey: .name)
        owner = try container.decode(String.self, forKey: .owner)
        members = try container.decode([String].self, forKey: .members)
        agentId = try container.decode(Int.self, forKey: .agentId)
        isClosed = try container.decodeIfPresent(Bool.self, forKey: .isClosed) ?? false
    }
}
