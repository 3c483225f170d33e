extension SandboxSeedGenerator {
    /// The generated WeCom corporation, and its app's agent id and secret; the app sees the
    /// whole corporation.
    package static let weComCredentials = (
        corpId: "wwgenerated", agentId: 1_000_002, secret: "generated-secret"
    )

    /// A corporation with one app, a department per function, and the people who have an
    /// account; the corporate mailbox is the person's email.
    func makeWeCom(_ people: [SeedPerson], _ random: inout SplitMix64) -> WeComSeed {
        let app = WeComSeed.App(
            agentId: Self.weComCredentials.agentId, name: "muster",
            secret: Self.weComCredentials.secret, visibleDepartments: [1])
        let departments =
            [WeComSeed.Department(id: 1, name: "Generated")]
            + Self.functions.enumerated().map {
                WeComSeed.Department(id: $0.offset + 2, name: $0.element, parentId: 1)
            }
        var users: [WeComSeed.User] = []
        users.reserveCapacity(people.count)
        for person in people {
            let account = accountState(&random)
            guard account.exists else { continue }
            users.append(
                WeComSeed.User(
                    userId: person.givenName + person.familyName + String(person.number),
                    name: person.name, mobile: person.phone.weCom(&random),
                    bizMail: person.email,
                    departments: [2 + random.index(below: Self.functions.count)],
                    isActive: account.isActive ? nil : false))
        }
        return WeComSeed(
            corpId: Self.weComCredentials.corpId, apps: [app], departments: departments,
            users: users)
    }

    private static let functions = [
        "Engineering", "Operations", "Support", "Security", "Data", "Product", "Finance",
    ]
}
