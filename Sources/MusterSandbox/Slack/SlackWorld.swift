/// The state of the emulated Slack workspace: apps and tokens, users, channels and messages.
///
/// Ids are unique within their kind; every channel member is a known user id; a channel's
/// `members` keeps invitation order, which is the order `conversations.members` pages in.
package struct SlackWorld: Codable, Sendable, Equatable {
    /// The workspace.
    package struct Team: Codable, Sendable, Equatable {
        package var id: String
        package var name: String
        package var domain: String

        package init(id: String, name: String, domain: String) {
            self.id = id
            self.name = name
            self.domain = domain
        }
    }

    /// An installed app and its bot user.
    package struct App: Codable, Sendable, Equatable {
        package var id: String
        package var name: String
        package var botUserId: String
        package var botId: String
    }

    /// A bot token of an app.
    package struct Token: Codable, Sendable, Equatable {
        package var token: String
        package var appId: String
        package var scopes: [String]
        package var isRevoked: Bool
        package var expiresAt: Double?
    }

    /// A workspace member, person or bot.
    package struct User: Codable, Sendable, Equatable {
        package var id: String
        package var name: String
        package var realName: String
        package var email: String?
        package var phone: String?
        package var isDeleted: Bool
        package var isBot: Bool
        package var botId: String?
    }

    /// A topic or purpose, with who set it and when.
    package struct Note: Codable, Sendable, Equatable {
        package var value = ""
        package var creator = ""
        package var lastSet = 0
    }

    /// A channel and its members.
    package struct Channel: Codable, Sendable, Equatable {
        package var id: String
        package var name: String
        package var isPrivate: Bool
        package var isArchived: Bool
        package var created: Int
        package var creator: String
        package var topic = Note()
        package var purpose = Note()
        package var members: [String]
        package var previousNames: [String] = []
    }

    /// A message posted with chat.postMessage.
    package struct Message: Codable, Sendable, Equatable {
        package var channel: String
        package var ts: String
        package var text: String
        package var blocks: JSONValue?
        package var user: String
        package var botId: String
        package var threadTs: String?
    }

    package var team: Team
    package var apps: [App] = []
    package var tokens: [Token] = []
    package var users: [User] = []
    package var channels: [Channel] = []
    package var messages: [Message] = []
    package var rateLimits = SlackRateLimits()
    package var rateWindows: [String: SlackRateLimits.Window] = [:]
    /// The last number used in a generated id or timestamp.
    package var sequence = 0
}

extension SlackWorld {
    /// The workspace a seed describes; each app's bot joins the users.
    package init(seed: SlackSeed) {
        team = seed.team
        rateLimits = seed.rateLimits ?? SlackRateLimits()
        for app in seed.apps {
            apps.append(App(id: app.id, name: app.name, botUserId: app.botUserId, botId: app.botId))
            users.append(
                User(
                    id: app.botUserId, name: app.name, realName: app.name, isDeleted: false,
                    isBot: true, botId: app.botId))
            tokens += app.tokens.map {
                Token(
                    token: $0.token, appId: app.id, scopes: $0.scopes,
                    isRevoked: $0.isRevoked ?? false, expiresAt: $0.expiresAt)
            }
        }
        users += seed.users.map {
            User(
                id: $0.id, name: $0.name, realName: $0.realName ?? $0.name, email: $0.email,
                phone: $0.phone, isDeleted: $0.isDeleted ?? false, isBot: false)
        }
        channels = (seed.channels ?? []).map(Self.makeChannel)
    }

    private static func makeChannel(_ seed: SlackSeed.Channel) -> Channel {
        var channel = Channel(
            id: seed.id, name: seed.name, isPrivate: seed.isPrivate ?? false,
            isArchived: seed.isArchived ?? false, created: 0, creator: "",
            members: seed.members ?? [])
        channel.topic.value = seed.topic ?? ""
        channel.purpose.value = seed.purpose ?? ""
        return channel
    }

    /// The index of a channel by id.
    func channelIndex(_ id: String) -> Int? {
        channels.firstIndex { $0.id == id }
    }

    // TODO: users and channels are found by linear search, which is fast enough for the demo
    // seed but slow for a 50,000-member organisation; keep id and email indexes beside the
    // arrays (unsaved, rebuilt after load and reset).

    /// A user by id.
    func user(_ id: String) -> User? {
        users.first { $0.id == id }
    }

    /// A fresh number for ids and timestamps.
    mutating func nextSequence() -> Int {
        sequence += 1
        return sequence
    }
}
