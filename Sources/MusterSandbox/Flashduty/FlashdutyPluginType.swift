/// Flashduty's IM plugin types, and the sandbox service whose IM world each one's war rooms
/// live on.
///
/// The Open API spells a plugin type two ways: `feishu`, `dingtalk`, `wecom`, `slack` on war
/// rooms and integrations, and `feishu_app`, `dingtalk_app`, … on escalation targets. Both
/// spellings map to the same service; Lark, Feishu's international brand, has its own.
enum FlashdutyPluginType {
    /// The service of every IM plugin type that has an emulated IM world.
    static let services: [String: String] = [
        "slack": "slack", "slack_app": "slack",
        "feishu": "feishu", "feishu_app": "feishu",
        "lark": "lark", "lark_app": "lark",
        "dingtalk": "dingtalk", "dingtalk_app": "dingtalk",
        "wecom": "wecom", "wecom_app": "wecom",
    ]

    /// The sandbox service for a plugin type, or the plugin type itself when none is known,
    /// so that the war-room calls then report the platform as not reachable.
    static func service(of pluginType: String) -> String {
        services[pluginType] ?? pluginType
    }

    /// The name the console shows for a plugin type, such as `DingTalk` for `dingtalk_app`.
    static func displayName(of pluginType: String) -> String {
        let names = [
            "slack": "Slack", "feishu": "Feishu", "lark": "Lark", "dingtalk": "DingTalk",
            "wecom": "WeCom",
        ]
        let service = service(of: pluginType)
        return names[service] ?? pluginType.capitalized
    }
}
