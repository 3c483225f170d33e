import MusterLive

/// Reads one war-room chat through its integration's own IM app: whether it still exists, its
/// name, its topic and its members.
///
/// The service's `/incident/war-room/detail` gives only a name and a share link, so the app
/// is asked instead, with the calls each platform offers:
///
/// - Slack: `conversations.info` (an archived channel counts as gone) and
///   `conversations.members`, the bot among them; the topic is the channel topic.
/// - Feishu and Lark: `GET im/v1/chats/:id` (232006 and 232009 count as gone) and
///   `GET im/v1/chats/:id/members`, open_ids with bots left out; the topic is the description.
/// - DingTalk: `sceneGroups/query` (status 2, disbanded, counts as gone) and
///   `sceneGroups/members/query`, userids with the owner among them; no topic.
/// - WeCom: `appchat/get` (86003 counts as gone), whose answer lists the members too, the
///   owner among them; no topic.
///
/// A refusal of the app itself (bad credentials, a missing scope, no access to the chat)
/// leaves the facts unknown rather than failing the read, so that the plan neither renames,
/// re-invites nor recreates anything on the strength of it; the app's own problem shows in
/// the plan's integration checks.
struct WarRoomChatReader {
    /// What the platform showed of a chat; nil fields were not learnt.
    struct Facts: Sendable, Equatable {
        var exists: Bool
        var name: String?
        var topic: String?
        var members: [String]?

        /// Nothing learnt, and nothing to say the chat is gone.
        static let unknown = Facts(exists: true)
        static let gone = Facts(exists: false)
    }

    let adapter: AppAdapter

    /// The chat's facts; members only when `withMembers` (WeCom's come with the chat anyway).
    ///
    /// - Throws: `PlatformError` for refusals other than the chat being gone or the app being
    ///   refused, and `TransportError` when the platform could not be reached.
    func read(_ chatID: String, withMembers: Bool) async throws -> Facts {
        do {
            return try await facts(of: chatID, withMembers: withMembers)
        } catch let error as PlatformError where error.kind == .notFound {
            return .gone
        } catch let error as PlatformError where Self.isAppRefusal(error) {
            return .unknown
        }
    }

    private func facts(of chatID: String, withMembers: Bool) async throws -> Facts {
        switch adapter {
        case .slack(let slack):
            let channel = try await slack.channel(id: chatID)
            guard !channel.isArchived else { return .gone }
            let members = withMembers ? try await slack.members(of: chatID) : nil
            return Facts(exists: true, name: channel.name, topic: channel.topic, members: members)
        case .feishu(let feishu):
            let chat = try await feishu.chat(id: chatID)
            let members = withMembers ? try await feishu.members(of: chatID).map(\.openID) : nil
            return Facts(exists: true, name: chat.name, topic: chat.description, members: members)
        case .dingtalk(let dingtalk):
            let group = try await dingtalk.sceneGroup(id: chatID)
            guard !group.isDisbanded else { return .gone }
            let members = withMembers ? try await dingtalk.members(of: chatID) : nil
            return Facts(exists: true, name: group.title, members: members)
        case .wecom(let wecom):
            let chat = try await wecom.appChat(id: chatID)
            return Facts(exists: true, name: chat.name, members: chat.members)
        }
    }

    private static func isAppRefusal(_ error: PlatformError) -> Bool {
        [.tokenInvalid, .forbidden, .missingScope].contains(error.kind)
    }
}
