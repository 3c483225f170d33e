extension SandboxSeedGenerator {
    /// The generated DingTalk app's key and secret; it holds every war-room permission.
    package static let dingTalkCredentials = (appKey: "dinggenerated", secret: "generated-secret")

    /// An organisation with one app, the war-room template, and the people who have an
    /// account; mobiles keep the country code as DingTalk shows them (`+86-138…`).
    func makeDingTalk(_ people: [SeedPerson], _ random: inout SplitMix64) -> DingTalkSeed {
        let app = DingTalkSeed.App(
            appKey: Self.dingTalkCredentials.appKey, appSecret: Self.dingTalkCredentials.secret,
            name: "muster", permissions: DingTalkSeed.warRoomPermissions)
        var users: [DingTalkSeed.User] = []
        users.reserveCapacity(people.count)
        for person in people {
            let account = accountState(&random)
            guard account.exists else { continue }
            users.append(
                DingTalkSeed.User(
                    userId: Self.dingTalkUserId(person.number), unionId: random.hexDigits(24),
                    name: person.name, mobile: person.phone.dingTalk, email: person.email,
                    isActive: account.isActive ? nil : false))
        }
        return DingTalkSeed(
            apps: [app], users: users,
            templates: [DingTalkSeed.Template(id: "tpl-warroom", name: "War room")])
    }

    /// The DingTalk userid of person `number`.
    package static func dingTalkUserId(_ number: Int) -> String {
        "dt" + String(number).leftPadded(to: 9)
    }
}
