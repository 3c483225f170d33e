/// The state of one emulated Feishu or Lark tenant: apps and their tenant tokens, users, chats
/// and the messages sent to them.
///
/// Ids are unique within their kind. A chat's `members` holds user open_ids in the order they
/// joined, which is the order the member list pages in; bots are kept apart in `botAppIds`, as
/// Feishu leaves bots out of the member list.
package struct FeishuWorld: Codable, Sendable, Equatable {
    /// A custom app of the tenant, its credentials and the scopes granted to it.
    package struct App: Codable, Sendable, Equatable {
        package var appId: String
        package var appSecret: String
        package var name: String
        package var scopes: [String]
        /// The open_ids inside the app's availability range; nil means the whole tenant.
        package var visibleOpenIds: [String]?
    }

    /// A tenant_access_token issued to an app.
    package struct TenantToken: Codable, Sendable, Equatable {
        package var token: String
        package var appId: String
        package var issuedAt: Double
        package var expiresAt: Double
        package var isRevoked: Bool
    }

    /// A person of the tenant.
    package struct User: Codable, Sendable, Equatable {
        package var openId: String
        package var userId: String
        package var unionId: String
        package var name: String
        package var email: String?
        /// With its country code, such as `+8613800000001`.
        package var mobile: String?
        package var isResigned: Bool
        package var isFrozen: Bool
    }

    /// A group chat.
    package struct Chat: Codable, Sendable, Equatable {
        package var chatId: String
        package var name: String
        package var description: String
        /// The owner's open_id; nil when a bot owns the chat.
        package var ownerOpenId: String?
        /// The app that owns the chat when no user does.
        package var ownerAppId: String?
        /// The app that created the chat.
        package var creatorAppId: String?
        package var chatType: String
        package var members: [String]
        package var botAppIds: [String]
        package var isDissolved: Bool
        package var createdAt: Double
    }

    /// A message sent with `im/v1/messages`.
    package struct Message: Codable, Sendable, Equatable {
        package var messageId: String
        package var chatId: String
        package var msgType: String
        /// The content as sent: a JSON document encoded as a string.
        package var content: String
        package var senderAppId: String
        package var createTime: Double
    }

    /// A `uuid` seen on a create call, so a repeat within the window returns the same object.
    package struct Idempotency: Codable, Sendable, Equatable {
        package var key: String
        package var objectId: String
        package var at: Double
    }

    package var tenantKey: String
    package var apps: [App] = []
    package var tokens: [TenantToken] = []
    package var users: [User] = []
    package var chats: [Chat] = []
    package var messages: [Message] = []
    package var idempotency: [Idempotency] = []
    package var rateLimits = FeishuRateLimits()
    package var rateWindows: [String: FeishuRateLimits.Window] = [:]
    /// The last number used in a generated id.
    package var sequence = 0
}

extension FeishuWorld {
    /// The tenant a seed describes.
    package init(seed: FeishuSeed) {
        tenantKey = seed.tenantKey
        rateLimits = seed.rateLimits ?? FeishuRateLimits()
        apps = seed.apps.map {
            App(
                appId: $0.appId, appSecret: $0.appSecret, name: $0.name ?? $0.appId,
                scopes: $0.scopes, visibleOpenIds: $0.visibleOpenIds)
        }
        users = seed.users.map {
            User(
                openId: $0.openId, userId: $0.userId ?? $0.openId,
                unionId: $0.unionId ?? "on_" + $0.openId.dropFirst(3), name: $0.name,
                email: $0.email, mobile: $0.mobile, isResigned: $0.isResigned ?? false,
                isFrozen: $0.isFrozen ?? false)
        }
        chats = (seed.chats ?? []).map {
            Chat(
                chatId: $0.chatId, name: $0.name, description: $0.description ?? "",
                ownerOpenId: $0.ownerOpenId,
                ownerAppId: $0.ownerOpenId == nil ? $0.botAppIds?.first : nil,
                creatorAppId: $0.botAppIds?.first, chatType: $0.chatType ?? "private",
                members: $0.members ?? [], botAppIds: $0.botAppIds ?? [],
                isDissolved: $0.isDissolved ?? false, createdAt: 0)
        }
    }

    /// A fresh number for ids.
    mutating func nextSequence() -> Int {
        sequence += 1
        return sequence
    }

    /// A fresh id with a prefix such as `oc_`, 32 characters after it as on Feishu.
    mutating func makeId(_ prefix: String) -> String {
        let hex = String(nextSequence(), radix: 16)
        return prefix + "5a4d" + hex.leftPadded(to: 28)
    }
}
