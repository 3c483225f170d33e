extension SandboxSeedGenerator {
    /// The app key of the generated account's first member, an Admin.
    package static let flashdutyAppKey = "fd-generated-admin"

    /// The Flashduty id of person `number`.
    package static func memberId(_ number: Int) -> Int {
        100_000 + number
    }

    /// The account: every person as a member, teams of about ``Options/membersPerTeam``, a
    /// channel per team, and an integration per platform, the first one with war rooms on.
    func makeFlashduty(_ people: [SeedPerson], _ random: inout SplitMix64) -> FlashdutySeed {
        var seed = FlashdutySeed()
        seed.account = FlashdutyWorld.Account(
            id: 1_000_001, name: "Generated Inc", email: "owner@example.com", domain: "generated")
        seed.appKeys = [
            FlashdutySeed.AppKey(key: Self.flashdutyAppKey, memberId: Self.memberId(1))
        ]
        seed.members = people.map { makeMember($0, &random) }
        let teams = makeTeams(people.count)
        seed.teams = teams
        seed.channels = teams.enumerated().map { index, team in
            FlashdutySeed.Channel(
                id: 20_001 + index, name: team.name + " services", teamId: team.id,
                isPrivate: index % 5 == 4 ? true : nil)
        }
        seed.integrations = options.platforms.enumerated().map { index, platform in
            makeIntegration(platform, id: 30_001 + index, isWarRoomEnabled: index == 0)
        }
        return seed
    }

    private func makeMember(
        _ person: SeedPerson, _ random: inout SplitMix64
    ) -> FlashdutySeed.Member {
        let isFirst = person.number == 1
        return FlashdutySeed.Member(
            id: Self.memberId(person.number), name: person.name, email: person.email,
            phone: person.phone.national, countryCode: person.phone.countryCode,
            emailVerified: random.chance(options.unverifiedEmailFraction) && !isFirst ? false : nil,
            phoneVerified: random.chance(options.unverifiedPhoneFraction) ? nil : true,
            status: random.chance(options.pendingFraction) && !isFirst ? "pending" : nil,
            roleIds: isFirst ? [1] : nil)
    }

    /// Teams of consecutive members, named after functions and numbered past the list.
    private func makeTeams(_ memberCount: Int) -> [FlashdutySeed.Team] {
        let count = max(1, memberCount / options.membersPerTeam)
        return (0..<count).map { index in
            let lower = index * memberCount / count + 1
            let upper = (index + 1) * memberCount / count
            let base = Self.teamNames[index % Self.teamNames.count]
            let round = index / Self.teamNames.count
            return FlashdutySeed.Team(
                id: 10_001 + index, name: round == 0 ? base : "\(base) \(round + 1)",
                personIds: (lower...upper).map(Self.memberId))
        }
    }

    private func makeIntegration(
        _ platform: SeedPlatform, id: Int, isWarRoomEnabled: Bool
    ) -> FlashdutySeed.Integration {
        FlashdutySeed.Integration(
            id: id, name: "\(platform.title) (generated)", pluginType: platform.rawValue,
            platform: platform.rawValue, appId: Self.appId(platform),
            isWarRoomEnabled: isWarRoomEnabled, teamId: 10_001)
    }

    /// The id of the generated app on `platform`, as a Flashduty integration names it.
    package static func appId(_ platform: SeedPlatform) -> String {
        switch platform {
        case .slack: return "A0GENERATED"
        case .feishu: return feishuCredentials(.feishu).appId
        case .lark: return feishuCredentials(.lark).appId
        case .dingtalk: return dingTalkCredentials.appKey
        case .wecom: return String(weComCredentials.agentId)
        }
    }

    private static let teamNames = [
        "SRE", "Payments", "Checkout", "Search", "Identity", "Storage", "Networking", "Mobile",
        "Data platform", "Messaging", "Billing", "Observability", "Security", "Growth",
    ]
}
