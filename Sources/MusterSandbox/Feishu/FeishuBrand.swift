/// Which of the two deployments of the Feishu Open Platform an emulator instance plays.
///
/// Feishu (`open.feishu.cn`) and Lark (`open.larksuite.com`) speak the same API; each brand has
/// its own port, its own part of the world and its own host in help links.
package enum FeishuBrand: String, Codable, Sendable, CaseIterable {
    case feishu, lark

    /// The port offset from the sandbox's port base (see ``PlatformEmulator``).
    var portOffset: UInt16 {
        switch self {
        case .feishu: return 2
        case .lark: return 3
        }
    }

    /// The part of the world this brand owns.
    var worldPart: WritableKeyPath<SandboxWorld, FeishuWorld> {
        switch self {
        case .feishu: return \.feishu
        case .lark: return \.lark
        }
    }

    /// The real host, used in the help links of error answers.
    var openHost: String {
        switch self {
        case .feishu: return "open.feishu.cn"
        case .lark: return "open.larksuite.com"
        }
    }
}
