extension FeishuSeed {
    /// A tenant with two apps and 250 users, enough to page past 100.
    ///
    /// The apps are `cli_<brand>_demo` (secret `sandbox-<brand>-demo-secret`, every war-room
    /// scope, everyone but users 246-250 in its availability) and `cli_<brand>_limited`
    /// (secret `sandbox-<brand>-limited-secret`, `im:chat:read` and `contact:user.id:readonly`).
    /// User N has open_id `ou_` and N padded to 32 digits and `userN@example.com`, except that
    /// every 25th has a corporate address no such lookup matches and every 40th from the 7th
    /// has none. Every tenth user has resigned and every 50th from the 5th is frozen; mobiles
    /// are mainland (`+86`), US (`+1`) and UK (`+44`) in turn.
    package static func demo(_ brand: FeishuBrand) -> FeishuSeed {
        let name = brand.rawValue
        let everyone = (1...250).map(demoUser)
        let apps = [
            App(
                appId: "cli_\(name)_demo", appSecret: "sandbox-\(name)-demo-secret",
                name: "muster", scopes: FeishuScopes.warRoom,
                visibleOpenIds: everyone.prefix(245).map(\.openId)),
            App(
                appId: "cli_\(name)_limited", appSecret: "sandbox-\(name)-limited-secret",
                name: "muster-limited", scopes: ["im:chat:read", "contact:user.id:readonly"]),
        ]
        return FeishuSeed(tenantKey: "sandbox-\(name)", apps: apps, users: everyone)
    }

    /// The open_id of demo user N.
    package static func demoOpenId(_ number: Int) -> String {
        "ou_" + String(number).leftPadded(to: 32)
    }

    private static func demoUser(_ number: Int) -> User {
        let digits = String(number).leftPadded(to: 8)
        let mobiles = [
            "+1555" + String(number).leftPadded(to: 7), "+86138" + digits, "+4477" + digits,
        ]
        var email: String? = "user\(number)@example.com"
        if number % 25 == 0 { email = "u\(number)@corp.example.cn" }
        if number % 40 == 7 { email = nil }
        return User(
            openId: demoOpenId(number), userId: "u" + digits,
            unionId: "on_" + String(number).leftPadded(to: 32), name: "User \(number)",
            email: email, mobile: mobiles[number % 3],
            isResigned: number % 10 == 0 ? true : nil, isFrozen: number % 50 == 5 ? true : nil)
    }
}
