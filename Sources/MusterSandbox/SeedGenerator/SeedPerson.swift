/// One generated person: a Flashduty member, and the same human on each IM platform.
struct SeedPerson: Sendable {
    /// From 1; the member's id and every platform id derive from it.
    let number: Int
    let givenName: String
    let familyName: String
    let email: String
    let phone: SeedPhone

    var name: String { givenName + " " + familyName }

    /// `wei.zhang42`: a login name unique to the person.
    var handle: String { givenName.lowercased() + "." + familyName.lowercased() + String(number) }

    /// Makes person `number`, with a name, a unique email and a unique phone.
    static func make(_ number: Int, _ random: inout SplitMix64) -> SeedPerson {
        let given = random.element(of: givenNames)
        let family = random.element(of: familyNames)
        let country = SeedCountry.random(&random)
        let (national, groups) = country.nationalNumber(number, &random)
        let email = given.lowercased() + "." + family.lowercased() + String(number)
        return SeedPerson(
            number: number, givenName: given, familyName: family,
            email: email + "@example.com",
            phone: SeedPhone(country: country, national: national, groups: groups))
    }

    private static let givenNames = [
        "Wei", "Fang", "Jing", "Lei", "Min", "Xiu", "Yan", "Hao", "Jun", "Li", "Ming", "Tao",
        "Alice", "Bob", "Carol", "David", "Emma", "Frank", "Grace", "Henry", "Isla", "Jack",
        "Olivia", "Noah", "Sophie", "Liam", "Hannah", "Lukas", "Mia", "Felix", "Priya", "Arjun",
        "Mei", "Ken", "Yuki", "Sara", "Omar", "Lena", "Ravi", "Zoe",
    ]

    private static let familyNames = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
        "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Roberts",
        "Miller", "Garcia", "Martinez", "Lee", "Walker", "Hall", "Young", "Muller", "Schmidt",
        "Schneider", "Fischer", "Weber", "Tan", "Lim", "Ng", "Tanaka", "Sato", "Patel", "Khan",
    ]
}
