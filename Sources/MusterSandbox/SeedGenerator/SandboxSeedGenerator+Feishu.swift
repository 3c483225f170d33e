extension SandboxSeedGenerator {
    /// The generated Feishu or Lark app's id and secret; it holds every war-room scope.
    package static func feishuCredentials(_ brand: FeishuBrand) -> (appId: String, secret: String) {
        ("cli_\(brand.rawValue)_generated", "generated-\(brand.rawValue)-secret")
    }

    /// A tenant with one app that sees everyone, and the people who have an account there.
    ///
    /// Mobiles are E.164, as Feishu returns them. Some people have a second account with the
    /// same email (an old or a test account), so a lookup by that email is ambiguous.
    func makeFeishu(
        _ people: [SeedPerson], brand: FeishuBrand, _ random: inout SplitMix64
    ) -> FeishuSeed {
        let credentials = Self.feishuCredentials(brand)
        let app = FeishuSeed.App(
            appId: credentials.appId, appSecret: credentials.secret, name: "muster",
            scopes: FeishuScopes.warRoom)
        var users: [FeishuSeed.User] = []
        users.reserveCapacity(people.count + people.count / 50)
        for person in people {
            let account = accountState(&random)
            guard account.exists else { continue }
            let isFrozen = !account.isActive && random.chance(0.2)
            var user = feishuUser(person, number: users.count + 1, &random)
            user.mobile = person.phone.e164
            user.isResigned = account.isActive || isFrozen ? nil : true
            user.isFrozen = isFrozen ? true : nil
            users.append(user)
            if random.chance(options.ambiguousEmailFraction) {
                users.append(feishuUser(person, number: users.count + 1, &random))
            }
        }
        return FeishuSeed(tenantKey: "generated-\(brand.rawValue)", apps: [app], users: users)
    }

    /// The tenant's user `number` for `person`: random open and union ids, the person's name
    /// and email, and no mobile.
    private func feishuUser(
        _ person: SeedPerson, number: Int, _ random: inout SplitMix64
    ) -> FeishuSeed.User {
        let suffix = random.hexDigits(32)
        return FeishuSeed.User(
            openId: "ou_" + suffix, userId: "u" + String(number).leftPadded(to: 8),
            unionId: "on_" + suffix,
            name: person.name, email: person.email)
    }
}
