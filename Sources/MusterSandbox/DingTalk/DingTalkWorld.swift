/// The state of the emulated DingTalk organisation: apps, tokens, users, groups and robot
/// messages.
///
/// Both API generations share it: a token from `gettoken` works on v1.0 and one from
/// `oauth2/accessToken` on the old oapi. Every group member is a known user id, the owner is
/// always a member, and `members` keeps the order members joined, which is the paging order.
package struct DingTalkWorld: Codable, Sendable, Equatable {
    /// An access token of an app.
    package struct Token: Codable, Sendable, Equatable {
        package var token: String
        package var appKey: String
        package var expiresAt: Double
        package var isRevoked: Bool
    }

    /// A group: a scene group (with a template) or a plain internal group (`chat/create`).
    package struct Group: Codable, Sendable, Equatable {
        package var openConversationId: String
        package var chatId: String
        package var title: String
        package var ownerUserId: String
        package var templateId: String?
        package var members: [String]
        /// The app that created the group.
        package var appKey: String
        /// The `uuid` a scene group was created with, for dedupe.
        package var uuid: String?
        package var isDisbanded = false
    }

    /// A message a robot or `chat/send` posted to a group.
    package struct Message: Codable, Sendable, Equatable {
        package var openConversationId: String
        package var msgKey: String
        /// The message parameters, as the JSON string the client sent.
        package var msgParam: String
        package var processQueryKey: String
        package var appKey: String
    }

    package var apps: [DingTalkSeed.App] = []
    package var users: [DingTalkSeed.User] = []
    package var templates: [DingTalkSeed.Template] = []
    package var tokens: [Token] = []
    package var groups: [Group] = []
    package var messages: [Message] = []
    package var queriesPerSecond = 20
    /// Calls counted in the current second, by app key and API.
    package var rateWindows: [String: DingTalkRateWindow] = [:]
    /// The last number used in a generated id or token.
    package var sequence = 0

    /// The organisation a seed describes.
    package init(seed: DingTalkSeed) {
        apps = seed.apps
        users = seed.users
        templates = seed.templates
        queriesPerSecond = seed.queriesPerSecond ?? 20
    }
}

extension DingTalkWorld {
    /// A fresh number for ids and tokens.
    mutating func nextSequence() -> Int {
        sequence += 1
        return sequence
    }

    /// An in-service user by userid.
    func activeUser(_ userId: String) -> DingTalkSeed.User? {
        users.first { $0.userId == userId && $0.isActive != false }
    }

    /// An in-service user whose mobile matches, with or without the country code.
    ///
    /// Digits are compared; a number without a country code is taken as Chinese (+86), as
    /// DingTalk does for its own organisations.
    func user(mobile: String) -> DingTalkSeed.User? {
        let wanted = PhoneDigits.of(mobile)
        let candidates = mobile.hasPrefix("+") ? [wanted] : [wanted, "86" + wanted]
        return users.first { user in
            guard user.isActive != false, let own = user.mobile else { return false }
            return candidates.contains(PhoneDigits.of(own))
        }
    }

    /// Whether a user is in an app's contact range.
    func isInContactRange(_ user: DingTalkSeed.User, of app: DingTalkSeed.App) -> Bool {
        app.visibleUserIds.map { $0.contains(user.userId) } ?? true
    }

    /// The index of a live group by open conversation id or chat id.
    func groupIndex(_ id: String) -> Int? {
        groups.firstIndex { ($0.openConversationId == id || $0.chatId == id) && !$0.isDisbanded }
    }

}
