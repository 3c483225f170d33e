extension SandboxSeedGenerator {
    /// The bot token of the generated Slack app; it holds every war-room scope.
    package static let slackToken = "xoxb-generated"

    /// A workspace with one app and the people who have a Slack account; phones are as typed.
    func makeSlack(_ people: [SeedPerson], _ random: inout SplitMix64) -> SlackSeed {
        let app = SlackSeed.App(
            id: "A0GENERATED", name: "muster", botUserId: "U0GENERATEDBOT", botId: "B0GENERATED",
            tokens: [SlackSeed.Token(token: Self.slackToken, scopes: SlackSeed.warRoomScopes)])
        var users: [SlackSeed.User] = []
        users.reserveCapacity(people.count)
        for person in people {
            let account = accountState(&random)
            guard account.exists else { continue }
            users.append(
                SlackSeed.User(
                    id: Self.slackUserId(person.number), name: person.handle,
                    realName: person.name, email: person.email, phone: person.phone.typed(&random),
                    isDeleted: account.isActive ? nil : true))
        }
        let team = SlackWorld.Team(id: "T0GENERATED", name: "Generated", domain: "generated")
        return SlackSeed(team: team, apps: [app], users: users)
    }

    /// The Slack user id of person `number`: `U` and nine digits.
    package static func slackUserId(_ number: Int) -> String {
        "U" + String(number).leftPadded(to: 9)
    }
}
