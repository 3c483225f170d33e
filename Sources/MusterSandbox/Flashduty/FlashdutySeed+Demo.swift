extension FlashdutySeed {
    /// An account with 50 members, three teams, three channels, one IM integration per
    /// emulated platform on that platform's demo app, and three open incidents.
    ///
    /// App keys: `fd-sandbox-demo` (member 1001, Admin), `fd-sandbox-viewer` (member 1002,
    /// Viewer only) and `fd-sandbox-revoked`. Integrations: 5001 Slack (`A0SANDBOX`, the only
    /// one with war room on), 5002 Feishu (`cli_feishu_demo`), 5003 Lark (`cli_lark_demo`),
    /// 5004 DingTalk (`dingsandboxdemo`) and 5005 WeCom (agent `1000002`). Member 1000+N has
    /// `userN@example.com`, which is demo user N's email on Slack, Feishu, Lark and WeCom
    /// (personal), and DingTalk demo user N's mobile (`+86 138…`, `+1 555…` or `+44 7700…`);
    /// every seventh member's email is unverified and only every third one's phone is
    /// verified. The open Critical incident is labelled `service: checkout`. Rate limits are on.
    package static var demo: FlashdutySeed {
        var seed = FlashdutySeed()
        seed.account = FlashdutyWorld.Account(
            id: 2_476_444_212_131, name: "Sandbox Inc", email: "owner@example.com",
            domain: "sandbox")
        seed.appKeys = [
            AppKey(key: "fd-sandbox-demo", memberId: 1001, isRevoked: nil),
            AppKey(key: "fd-sandbox-viewer", memberId: 1002, isRevoked: nil),
            AppKey(key: "fd-sandbox-revoked", memberId: 1001, isRevoked: true),
        ]
        seed.members = (1...50).map(demoMember)
        seed.teams = [
            Team(
                id: 3001, name: "SRE", description: "Site reliability",
                personIds: [1001, 1003, 1004, 1005]),
            Team(id: 3002, name: "Payments", description: nil, personIds: [1006, 1007, 1008]),
            Team(id: 3003, name: "Platform", description: nil, personIds: Array(1009...1020)),
        ]
        seed.channels = [
            Channel(
                id: 4001, name: "Checkout", description: "Checkout services", teamId: 3002,
                isPrivate: false),
            Channel(
                id: 4002, name: "Core infrastructure", description: nil, teamId: 3001,
                isPrivate: false),
            Channel(
                id: 4003, name: "Data platform", description: nil, teamId: 3003, isPrivate: true),
        ]
        seed.integrations = demoIntegrations
        seed.incidents = [
            Incident(
                title: "Checkout latency above SLO", severity: "Critical", channelId: 4001,
                responderIds: [1003, 1004], ageSeconds: 1800, progress: nil,
                labels: ["service": "checkout", "region": "eu-west-1"]),
            Incident(
                title: "Disk filling on db-3", severity: "Warning", channelId: 4002,
                responderIds: [1005], ageSeconds: 7200, progress: "Processing"),
            Incident(
                title: "Nightly export late", severity: "Info", channelId: 4003,
                responderIds: [1009], ageSeconds: 86_400, progress: "Closed"),
        ]
        return seed
    }

    /// One integration per emulated IM platform, each on that platform's demo app; only
    /// Slack's has war room on, as Flashduty allows one war-room integration per account.
    private static var demoIntegrations: [Integration] {
        let platforms = [
            (5001, "Slack", "slack", "A0SANDBOX"),
            (5002, "Feishu", "feishu", "cli_feishu_demo"),
            (5003, "Lark", "lark", "cli_lark_demo"),
            (5004, "DingTalk", "dingtalk", "dingsandboxdemo"),
            (5005, "WeCom", "wecom", "1000002"),
        ]
        return platforms.map { id, name, pluginType, app in
            Integration(
                id: id, name: "\(name) (sandbox)", pluginType: pluginType, platform: nil,
                appId: app, isWarRoomEnabled: pluginType == "slack", teamId: 3001, links: nil)
        }
    }

    private static func demoMember(_ number: Int) -> Member {
        let phone = demoPhone(number)
        return Member(
            id: 1000 + number, name: "User \(number)", email: "user\(number)@example.com",
            phone: phone.national, countryCode: phone.countryCode,
            emailVerified: number % 7 != 0, phoneVerified: number % 3 == 0,
            status: number == 50 ? "pending" : "enabled",
            roleIds: number == 1 ? [1] : number == 2 ? [3] : [2])
    }

    /// DingTalk demo user N's mobile, which DingTalk, WeCom and (for some) Feishu match.
    private static func demoPhone(_ number: Int) -> (countryCode: String, national: String) {
        switch number % 7 {
        case 3: return ("+1", "555" + String(number).leftPadded(to: 7))
        case 5: return ("+44", "7700" + String(number).leftPadded(to: 6))
        default: return ("+86", "138" + String(number).leftPadded(to: 8))
        }
    }
}
