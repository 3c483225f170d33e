extension SandboxWorld {
    /// The IM world an integration's war rooms live on, by service name; each emulated IM
    /// platform adds one case to the getter and one to the setter.
    ///
    /// Reading copies the world out (cheaply, copy-on-write) and writing puts it back, so a
    /// mutating call through this subscript changes the platform's own state. Feishu and Lark
    /// are two tenants of one world type, told apart by the service name.
    subscript(chatHost platform: String) -> (any WarRoomChatHost)? {
        get {
            switch platform {
            case "slack": return slack
            case "feishu": return feishu
            case "lark": return lark
            case "dingtalk": return dingtalk
            case "wecom": return wecom
            default: return nil
            }
        }
        set {
            switch (platform, newValue) {
            case ("slack", let host as SlackWorld): slack = host
            case ("feishu", let host as FeishuWorld): feishu = host
            case ("lark", let host as FeishuWorld): lark = host
            case ("dingtalk", let host as DingTalkWorld): dingtalk = host
            case ("wecom", let host as WeComWorld): wecom = host
            default: break
            }
        }
    }
}
