/// The Slack part of a ``SandboxSeed``: one workspace, its apps with their bot tokens, its
/// users, and optionally some channels and tighter rate limits.
package struct SlackSeed: Codable, Sendable, Equatable {
    /// A bot token and the scopes granted to it.
    package struct Token: Codable, Sendable, Equatable {
        package var token: String
        package var scopes: [String]
        package var isRevoked: Bool?
        /// Seconds since 1970 on the virtual clock after which the token is expired.
        package var expiresAt: Double?

        package init(
            token: String, scopes: [String], isRevoked: Bool? = nil, expiresAt: Double? = nil
        ) {
            self.token = token
            self.scopes = scopes
            self.isRevoked = isRevoked
            self.expiresAt = expiresAt
        }
    }

    /// An installed app; its bot user is created with it.
    package struct App: Codable, Sendable, Equatable {
        package var id: String
        package var name: String
        package var botUserId: String
        package var botId: String
        package var tokens: [Token]

        package init(id: String, name: String, botUserId: String, botId: String, tokens: [Token]) {
            self.id = id
            self.name = name
            self.botUserId = botUserId
            self.botId = botId
            self.tokens = tokens
        }
    }

    /// A person in the workspace.
    package struct User: Codable, Sendable, Equatable {
        package var id: String
        package var name: String
        package var realName: String?
        package var email: String?
        package var phone: String?
        package var isDeleted: Bool?

        package init(
            id: String, name: String, realName: String? = nil, email: String? = nil,
            phone: String? = nil, isDeleted: Bool? = nil
        ) {
            self.id = id
            self.name = name
            self.realName = realName
            self.email = email
            self.phone = phone
            self.isDeleted = isDeleted
        }
    }

    /// A channel that exists before the first request.
    package struct Channel: Codable, Sendable, Equatable {
        package var id: String
        package var name: String
        package var isPrivate: Bool?
        package var isArchived: Bool?
        package var members: [String]?
        package var topic: String?
        package var purpose: String?

        package init(
            id: String, name: String, isPrivate: Bool? = nil, isArchived: Bool? = nil,
            members: [String]? = nil, topic: String? = nil, purpose: String? = nil
        ) {
            self.id = id
            self.name = name
            self.isPrivate = isPrivate
            self.isArchived = isArchived
            self.members = members
            self.topic = topic
            self.purpose = purpose
        }
    }

    package var team = SlackWorld.Team(id: "T0SANDBOX", name: "Sandbox", domain: "sandbox")
    package var apps: [App] = []
    package var users: [User] = []
    package var channels: [Channel]?
    package var rateLimits: SlackRateLimits?

    /// Decodes a seed; `team`, `apps` and `users` may be left out.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        team = try container.decodeIfPresent(SlackWorld.Team.self, forKey: .team) ?? team
        apps = try container.decodeIfPresent([App].self, forKey: .apps) ?? []
        users = try container.decodeIfPresent([User].self, forKey: .users) ?? []
        channels = try container.decodeIfPresent([Channel].self, forKey: .channels)
        rateLimits = try container.decodeIfPresent(SlackRateLimits.self, forKey: .rateLimits)
    }

    package init(
        team: SlackWorld.Team = SlackWorld.Team(
            id: "T0SANDBOX", name: "Sandbox", domain: "sandbox"),
        apps: [App] = [], users: [User] = [], channels: [Channel]? = nil,
        rateLimits: SlackRateLimits? = nil
    ) {
        self.team = team
        self.apps = apps
        self.users = users
        self.channels = channels
        self.rateLimits = rateLimits
    }
}
