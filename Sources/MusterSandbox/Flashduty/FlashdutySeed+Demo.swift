extension FlashdutySeed {
    /// An account with 50 members, three teams, three channels, a Slack integration with war
    /// room on that points at the Slack demo app, and three open incidents.
    ///
    /// App keys: `fd-sandbox-demo` (member 1001, Admin), `fd-sandbox-viewer` (member 1002,
    /// Viewer only) and `fd-sandbox-revoked`. Member 1000+N has `userN@example.com`, which is
    /// Slack demo user N; every seventh member's email is unverified. Rate limits are on.
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
        seed.integrations = [
            Integration(
                id: 5001, name: "Slack (sandbox)", pluginType: "slack", platform: "slack",
                appId: "A0SANDBOX", isWarRoomEnabled: true, teamId: 3001, links: nil)
        ]
        seed.incidents = [
            Incident(
                title: "Checkout latency above SLO", severity: "Critical", channelId: 4001,
                responderIds: [1003, 1004], ageSeconds: 1800, progress: nil),
            Incident(
                title: "Disk filling on db-3", severity: "Warning", channelId: 4002,
                responderIds: [1005], ageSeconds: 7200, progress: "Processing"),
            Incident(
                title: "Nightly export late", severity: "Info", channelId: 4003,
                responderIds: [1009], ageSeconds: 86_400, progress: "Closed"),
        ]
        return seed
    }

    private static func demoMember(_ number: Int) -> Member {
        Member(
            id: 1000 + number, name: "User \(number)", email: "user\(number)@example.com",
            phone: "555" + String(number).leftPadded(to: 7), countryCode: "+1",
            emailVerified: number % 7 != 0, phoneVerified: number % 3 == 0,
            status: number == 50 ? "pending" : "enabled",
            roleIds: number == 1 ? [1] : number == 2 ? [3] : [2])
    }
}
