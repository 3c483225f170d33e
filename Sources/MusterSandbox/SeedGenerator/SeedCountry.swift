/// A country a generated person's phone belongs to, with how its numbers look.
///
/// National numbers are built from the person's number, so two people never share a phone
/// as long as there are fewer than ``SandboxSeedGenerator/maximumMembers``.
enum SeedCountry: Sendable, CaseIterable {
    case china, unitedStates, unitedKingdom, germany, singapore

    /// The dial code without the `+`.
    var dialCode: String {
        switch self {
        case .china: return "86"
        case .unitedStates: return "1"
        case .unitedKingdom: return "44"
        case .germany: return "49"
        case .singapore: return "65"
        }
    }

    /// Whether national numbers are written with a leading trunk `0` (`020 7946 0958`).
    var hasTrunkPrefix: Bool {
        self == .unitedKingdom || self == .germany
    }

    /// Picks a country: half mainland China, then the US, the UK, Germany and Singapore.
    static func random(_ random: inout SplitMix64) -> SeedCountry {
        let roll = random.index(below: 100)
        switch roll {
        case ..<50: return .china
        case ..<70: return .unitedStates
        case ..<85: return .unitedKingdom
        case ..<93: return .germany
        default: return .singapore
        }
    }

    /// A national number unique to `number`, and how its digits group when written.
    func nationalNumber(_ number: Int, _ random: inout SplitMix64) -> (String, [Int]) {
        let digits7 = String(number).leftPadded(to: 7)
        let digits8 = String(number).leftPadded(to: 8)
        switch self {
        case .china:
            return (random.element(of: ["138", "139", "150", "186", "177"]) + digits8, [3, 4, 4])
        case .unitedStates: return ("555" + digits7, [3, 3, 4])
        case .unitedKingdom:
            return random.chance(0.7) ? ("770" + digits7, [4, 6]) : ("20" + digits8, [2, 4, 4])
        case .germany: return ("151" + digits8, [4, 7])
        case .singapore: return ("9" + digits7, [4, 4])
        }
    }
}
