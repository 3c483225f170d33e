/// The Feishu or Lark part of a ``SandboxSeed``: one tenant, its apps with their secrets and
/// scopes, its users, and optionally some chats and other rate limits.
package struct FeishuSeed: Codable, Sendable, Equatable {
    /// A custom app.
    package struct App: Codable, Sendable, Equatable {
        /// `cli_…`.
        package var appId: String
        package var appSecret: String
        package var name: String?
        package var scopes: [String]
        /// The open_ids the app may see; left out, the whole tenant.
        package var visibleOpenIds: [String]?

        package init(
            appId: String, appSecret: String, name: String? = nil, scopes: [String],
            visibleOpenIds: [String]? = nil
        ) {
            self.appId = appId
            self.appSecret = appSecret
            self.name = name
            self.scopes = scopes
            self.visibleOpenIds = visibleOpenIds
        }
    }

    /// A person; `userId` defaults to the open_id and `unionId` to `on_` and the same suffix.
    package struct User: Codable, Sendable, Equatable {
        /// `ou_…`.
        package var openId: String
        package var userId: String?
        package var unionId: String?
        package var name: String
        package var email: String?
        package var mobile: String?
        package var isResigned: Bool?
        package var isFrozen: Bool?

        package init(
            openId: String, userId: String? = nil, unionId: String? = nil, name: String,
            email: String? = nil, mobile: String? = nil, isResigned: Bool? = nil,
            isFrozen: Bool? = nil
        ) {
            self.openId = openId
            self.userId = userId
            self.unionId = unionId
            self.name = name
            self.email = email
            self.mobile = mobile
            self.isResigned = isResigned
            self.isFrozen = isFrozen
        }
    }

    /// A chat that exists before the first request; the first bot owns it when no user does.
    package struct Chat: Codable, Sendable, Equatable {
        /// `oc_…`.
        package var chatId: String
        package var name: String
        package var description: String?
        package var ownerOpenId: String?
        package var chatType: String?
        package var members: [String]?
        package var botAppIds: [String]?
        package var isDissolved: Bool?

        package init(
            chatId: String, name: String, description: String? = nil, ownerOpenId: String? = nil,
            chatType: String? = nil, members: [String]? = nil, botAppIds: [String]? = nil,
            isDissolved: Bool? = nil
        ) {
            self.chatId = chatId
            self.name = name
            self.description = description
            self.ownerOpenId = ownerOpenId
            self.chatType = chatType
            self.members = members
            self.botAppIds = botAppIds
            self.isDissolved = isDissolved
        }
    }

    package var tenantKey = "sandbox"
    package var apps: [App] = []
    package var users: [User] = []
    package var chats: [Chat]?
    package var rateLimits: FeishuRateLimits?

    package init(
        tenantKey: String = "sandbox", apps: [App] = [], users: [User] = [],
        chats: [Chat]? = nil, rateLimits: FeishuRateLimits? = nil
    ) {
        self.tenantKey = tenantKey
        self.apps = apps
        self.users = users
        self.chats = chats
        self.rateLimits = rateLimits
    }

    /// Decodes a seed; everything but the apps' and users' ids may be left out.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tenantKey = try container.decodeIfPresent(String.self, forKey: .tenantKey) ?? tenantKey
        apps = try container.decodeIfPresent([App].self, forKey: .apps) ?? []
        users = try container.decodeIfPresent([User].self, forKey: .users) ?? []
        chats = try container.decodeIfPresent([Chat].self, forKey: .chats)
        rateLimits = try container.decodeIfPresent(FeishuRateLimits.self, forKey: .rateLimits)
    }
}
