extension WeComSeed {
    /// The demo corporation `wwsandboxcorp`.
    ///
    /// App 1000002 (secret `sandbox-demo-secret`) sees the whole corporation; app 1000003
    /// (`sandbox-limited-secret`) sees only department 2, Engineering, so it can look up
    /// odd-numbered users but not create app chats. Users `wc00000001`… with a corporate
    /// mailbox `userN@corp.example.com` and a personal `userN@example.com`; mobiles in the
    /// +86, +1 and +44 formats; every tenth user inactive.
    package static var demo: WeComSeed {
        let apps = [
            App(
                agentId: 1_000_002, name: "muster", secret: "sandbox-demo-secret",
                visibleDepartments: [1]),
            App(
                agentId: 1_000_003, name: "muster-limited", secret: "sandbox-limited-secret",
                visibleDepartments: [2]),
        ]
        let departments = [
            Department(id: 1, name: "Sandbox"),
            Department(id: 2, name: "Engineering", parentId: 1),
            Department(id: 3, name: "Support", parentId: 1),
        ]
        return WeComSeed(
            corpId: "wwsandboxcorp", apps: apps, departments: departments,
            users: (1...250).map(demoUser))
    }

    private static func demoUser(_ number: Int) -> User {
        User(
            userId: "wc" + String(number).leftPadded(to: 8), name: "User \(number)",
            mobile: demoMobile(number), email: "user\(number)@example.com",
            bizMail: "user\(number)@corp.example.com", departments: [number % 2 == 1 ? 2 : 3],
            isActive: number % 10 == 0 ? false : nil)
    }

    /// Mostly Chinese mobiles without a country code, as WeCom stores them, some with one.
    private static func demoMobile(_ number: Int) -> String {
        switch number % 7 {
        case 3: return "+1 555" + String(number).leftPadded(to: 7)
        case 5: return "+44 7700" + String(number).leftPadded(to: 6)
        case 6: return "+86 139" + String(number).leftPadded(to: 8)
        default: return "138" + String(number).leftPadded(to: 8)
        }
    }
}
