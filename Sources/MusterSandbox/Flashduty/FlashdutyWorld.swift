/// The state of the emulated Flashduty account: members, teams, channels, roles, IM
/// integrations and their member links, incidents with their feeds, and war rooms.
///
/// Member, team, channel, role and integration ids are positive integers unique within their
/// kind; incident ids are 24 lowercase hex digits. Every responder, link and grant names a
/// known member. Feed times are milliseconds, every other time is seconds.
package struct FlashdutyWorld: Codable, Sendable, Equatable {
    package var account: Account
    package var appKeys: [AppKey] = []
    package var members: [Member] = []
    package var teams: [Team] = []
    package var channels: [Channel] = []
    package var roles: [Role] = []
    package var integrations: [Integration] = []
    package var incidents: [FlashdutyIncident] = []
    package var warRooms: [WarRoom] = []
    package var rateLimits = FlashdutyRateLimits()
    package var rateWindows: [String: FlashdutyRateLimits.Window] = [:]
    /// The last number used in a generated id.
    package var sequence = 0
}

extension FlashdutyWorld {
    /// The account (tenant) every app key belongs to.
    package struct Account: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var email: String
        package var domain: String
    }

    /// An app key and the member whose permissions it carries.
    package struct AppKey: Codable, Sendable, Equatable {
        package var key: String
        package var memberId: Int
        package var isRevoked: Bool
    }

    /// A person in the account.
    package struct Member: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var email: String
        package var phone: String
        /// The dial code, such as `+1`.
        package var countryCode: String
        package var emailVerified: Bool
        package var phoneVerified: Bool
        /// `enabled`, `pending` or `deleted`.
        package var status: String
        package var roleIds: [Int]
        package var refId: String
        package var createdAt: Int
        package var updatedAt: Int
    }

    /// A team of members.
    package struct Team: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var description: String
        package var personIds: [Int]
        package var refId: String
        package var createdAt: Int
    }

    /// A channel (collaboration space) incidents belong to.
    package struct Channel: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var description: String
        package var teamId: Int
        package var isPrivate: Bool
        package var createdAt: Int
    }

    /// A role and the permissions it grants; preset roles cannot be changed.
    package struct Role: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var description = ""
        package var isEnabled: Bool
        package var permissionIds: [Int]
        package var isPreset: Bool
        package var createdAt: Int
        package var updatedAt: Int
    }

    /// An IM integration, the emulated IM app it points at, and its member links.
    package struct Integration: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        /// Flashduty's plugin type: `slack`, `feishu`, `lark`, `dingtalk` or `wecom`.
        package var pluginType: String
        /// The sandbox service of the IM world, such as `slack`.
        package var platform: String
        /// The app on that platform, such as a Slack app id.
        package var appId: String
        package var isWarRoomEnabled: Bool
        package var teamId: Int
        package var createdAt: Int
        /// Member id to IM user id.
        package var links: [Link]
    }

    /// One member's IM account on one integration.
    package struct Link: Codable, Sendable, Equatable {
        package var memberId: Int
        package var imUserId: String
    }

    /// A war room: one chat per incident and integration.
    package struct WarRoom: Codable, Sendable, Equatable {
        package var incidentId: String
        package var integrationId: Int
        package var chatId: String
        package var chatName: String
        package var shareLink: String
        package var createdBy: Int
        package var createdAt: Int
        /// `active`, or `deleted` once dissolved or archived.
        package var status: String
    }
}
