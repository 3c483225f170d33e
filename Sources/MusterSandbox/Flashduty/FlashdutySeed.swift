/// The Flashduty part of a ``SandboxSeed``: the account, its app keys, members, teams,
/// channels, custom roles, IM integrations, incidents and rate limits.
///
/// Everything but ids and names may be left out. The preset roles Admin (1), Responder (2)
/// and Viewer (3) always exist; a member without roles gets Responder.
package struct FlashdutySeed: Codable, Sendable, Equatable {
    /// An app key, owned by a member.
    package struct AppKey: Codable, Sendable, Equatable {
        package var key: String
        package var memberId: Int
        package var isRevoked: Bool?
    }

    /// A member; `phone` is the national number and `countryCode` its dial code.
    package struct Member: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var email: String?
        package var phone: String?
        package var countryCode: String?
        package var emailVerified: Bool?
        package var phoneVerified: Bool?
        package var status: String?
        package var roleIds: [Int]?
    }

    /// A team and its members.
    package struct Team: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var description: String?
        package var personIds: [Int]?
    }

    /// A channel, optionally owned by a team.
    package struct Channel: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var description: String?
        package var teamId: Int?
        package var isPrivate: Bool?
    }

    /// A custom role.
    package struct Role: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var permissionIds: [Int]?
        package var isEnabled: Bool?
    }

    /// An IM integration pointing at an app of an emulated IM platform.
    package struct Integration: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        /// `slack`, `feishu`, `lark`, `dingtalk` or `wecom`.
        package var pluginType: String
        /// The sandbox service of the IM world; defaults to the plugin type's service, so
        /// `dingtalk` and `dingtalk_app` both mean `dingtalk` (see ``FlashdutyPluginType``).
        package var platform: String?
        package var appId: String
        package var isWarRoomEnabled: Bool?
        package var teamId: Int?
        /// Member id to IM user id, linked before the first request.
        package var links: [FlashdutyWorld.Link]?
    }

    /// An incident open before the first request.
    package struct Incident: Codable, Sendable, Equatable {
        package var title: String
        package var severity: String?
        package var channelId: Int?
        package var responderIds: [Int]?
        /// Seconds before the sandbox's start that the incident began.
        package var ageSeconds: Int?
        package var progress: String?
        /// The labels its alerts carried, such as `{"service": "checkout"}`.
        package var labels: [String: String]?

        /// An incident as a test or a benchmark seeds it; all but the title may be left out.
        package init(
            title: String, severity: String? = nil, channelId: Int? = nil,
            responderIds: [Int]? = nil, ageSeconds: Int? = nil, progress: String? = nil,
            labels: [String: String]? = nil
        ) {
            self.title = title
            self.severity = severity
            self.channelId = channelId
            self.responderIds = responderIds
            self.ageSeconds = ageSeconds
            self.progress = progress
            self.labels = labels
        }
    }

    package var account = FlashdutyWorld.Account(
        id: 1, name: "Sandbox", email: "owner@example.com", domain: "sandbox")
    package var appKeys: [AppKey] = []
    package var members: [Member] = []
    package var teams: [Team]?
    package var channels: [Channel]?
    package var roles: [Role]?
    package var integrations: [Integration]?
    package var incidents: [Incident]?
    package var rateLimits: FlashdutyRateLimits?

    package init() {}

    /// Decodes a seed; `account`, `appKeys` and `members` may be left out too.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        account =
            try container.decodeIfPresent(FlashdutyWorld.Account.self, forKey: .account)
            ?? account
        appKeys = try container.decodeIfPresent([AppKey].self, forKey: .appKeys) ?? []
        members = try container.decodeIfPresent([Member].self, forKey: .members) ?? []
        teams = try container.decodeIfPresent([Team].self, forKey: .teams)
        channels = try container.decodeIfPresent([Channel].self, forKey: .channels)
        roles = try container.decodeIfPresent([Role].self, forKey: .roles)
        integrations = try container.decodeIfPresent([Integration].self, forKey: .integrations)
        incidents = try container.decodeIfPresent([Incident].self, forKey: .incidents)
        rateLimits = try container.decodeIfPresent(FlashdutyRateLimits.self, forKey: .rateLimits)
    }
}
