extension DingTalkSeed {
    /// Every permission point the war-room calls need.
    package static let warRoomPermissions = [
        "qyapi_chat_manage", "qyapi_chat_read", "qyapi_robot_sendmsg",
        "qyapi_get_member_by_mobile", "qyapi_get_member",
    ]

    /// The demo organisation.
    ///
    /// App `dingsandboxdemo` (secret `sandbox-demo-secret`) holds every war-room permission,
    /// `dingsandboxlimited` (`sandbox-limited-secret`) only `qyapi_get_member_by_mobile`.
    /// Template `tpl-warroom`. Users `dt00000001`… (unionid `un00000001`…), mobiles in the
    /// +86, +1 and +44 formats, and every tenth user inactive.
    package static var demo: DingTalkSeed {
        let apps = [
            App(
                appKey: "dingsandboxdemo", appSecret: "sandbox-demo-secret", name: "muster",
                permissions: warRoomPermissions),
            App(
                appKey: "dingsandboxlimited", appSecret: "sandbox-limited-secret",
                name: "muster-limited", permissions: ["qyapi_get_member_by_mobile"]),
        ]
        return DingTalkSeed(
            apps: apps, users: (1...250).map(demoUser),
            templates: [Template(id: "tpl-warroom", name: "War room")])
    }

    private static func demoUser(_ number: Int) -> User {
        let digits = String(number).leftPadded(to: 8)
        return User(
            userId: "dt" + digits, unionId: "un" + digits, name: "User \(number)",
            mobile: demoMobile(number), email: "user\(number)@example.com",
            isActive: number % 10 == 0 ? false : nil)
    }

    /// Mostly Chinese mobiles, with some US and UK ones.
    private static func demoMobile(_ number: Int) -> String {
        switch number % 7 {
        case 3: return "+1-555" + String(number).leftPadded(to: 7)
        case 5: return "+44-7700" + String(number).leftPadded(to: 6)
        default: return "+86-138" + String(number).leftPadded(to: 8)
        }
    }
}
