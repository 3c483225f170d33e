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
