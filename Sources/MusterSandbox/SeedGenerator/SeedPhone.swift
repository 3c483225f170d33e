/// A generated person's phone, and the forms each platform stores it in.
///
/// Flashduty keeps the national number and the dial code apart; Feishu and Lark store E.164;
/// DingTalk shows `+86-13800000001`; WeCom keeps mainland numbers without a country code and
/// others with one; a Slack profile holds whatever the person typed.
struct SeedPhone: Sendable {
    let country: SeedCountry
    /// The digits after the dial code, without a trunk `0`.
    let national: String
    /// How the national digits group when written, such as `[3, 4, 4]`.
    let groups: [Int]

    /// `+8613800000001`.
    var e164: String { "+" + country.dialCode + national }

    /// Flashduty's `country_code`: `+86`.
    var countryCode: String { "+" + country.dialCode }

    /// DingTalk's form: `+86-13800000001`.
    var dingTalk: String { "+" + country.dialCode + "-" + national }

    /// WeCom's form: mostly `13800000001` for the mainland, else `+1 5550000001`.
    func weCom(_ random: inout SplitMix64) -> String {
        if country == .china, random.chance(0.8) { return national }
        return "+" + country.dialCode + " " + national
    }

    /// What a person might type into a Slack profile: `+1 (555) 000-0001`, `0044 20 7946 0958`,
    /// `+86-138-0000-0001`, `+4915100000001` or the national form.
    func typed(_ random: inout SplitMix64) -> String {
        let spaced = grouped(separator: " ")
        switch random.index(below: 5) {
        case 0:
            guard country == .unitedStates else { return "+" + country.dialCode + " " + spaced }
            let parts = split()
            return "+1 (\(parts[0])) \(parts[1])-\(parts[2])"
        case 1: return "00" + country.dialCode + " " + spaced
        case 2: return "+" + country.dialCode + "-" + grouped(separator: "-")
        case 3: return e164
        default: return (country.hasTrunkPrefix ? "0" : "") + spaced
        }
    }

    private func grouped(separator: String) -> String {
        split().joined(separator: separator)
    }

    private func split() -> [String] {
        var parts: [String] = []
        var rest = Substring(national)
        for size in groups {
            parts.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { parts[parts.count - 1] += rest }
        return parts
    }
}
