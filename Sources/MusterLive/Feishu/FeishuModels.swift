extension FeishuAdapter {
    /// Which Open Platform a `FeishuAdapter` talks to: Feishu in China, Lark elsewhere.
    package enum Brand: String, Sendable {
        case feishu, lark

        /// The default domain of the brand's Open Platform.
        package var defaultBaseURL: String {
            switch self {
            case .feishu: return "https://open.feishu.cn"
            case .lark: return "https://open.larksuite.com"
            }
        }

        /// The platform as people know it, for errors.
        package var displayName: String { self == .feishu ? "Feishu" : "Lark" }
    }
}

/// A group chat, as Muster reads it.
package struct FeishuChat: Sendable, Equatable {
    package var id: String
    package var name: String
    package var description: String
    package var ownerID: String
}

/// A chat member: its open_id and name.
package struct FeishuMember: Sendable, Equatable {
    package var openID: String
    package var name: String
}

/// What `batch_get_id` found: the open_id for each email and mobile it knows.
///
/// An address the platform does not match (unknown, resigned, outside the app's range) is
/// simply absent.
package struct FeishuUserLookup: Sendable, Equatable {
    package var byEmail: [String: String] = [:]
    package var byMobile: [String: String] = [:]
}
