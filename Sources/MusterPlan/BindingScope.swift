import MusterModel

/// Which members a binding covers, and which addresses it looks them up by.
///
/// The live reader asks this what to look up, and the planner asks it again when resolving,
/// so the two always agree.
package struct BindingScope: Sendable {
    package let binding: UserBinding
    package let platform: Platform

    package init(binding: UserBinding, platform: Platform) {
        self.binding = binding
        self.platform = platform
    }

    /// The members the binding selects, by id order; deleted members are left out.
    package func members(in service: ObservedService) -> [ObservedMember] {
        let active = service.members.filter { $0.status != "deleted" }
        guard case .some(let emails, let teams) = binding.selection else {
            return active.sorted { $0.id < $1.id }
        }
        let wantedEmails = Set(emails.map { $0.value.lowercased() })
        let teamNames = Set(teams.map { $0.value.lowercased() })
        var wantedIDs = Set<Int>()
        for team in service.teams where teamNames.contains(team.name.lowercased()) {
            wantedIDs.formUnion(team.memberIDs)
        }
        return active.filter { member in
            wantedIDs.contains(member.id)
                || member.email.map { wantedEmails.contains($0.lowercased()) } == true
        }.sorted { $0.id < $1.id }
    }

    /// The match methods the platform supports, in the binding's order.
    package var methods: [UserBinding.MatchMethod] {
        binding.match.filter { $0.isSupported(on: platform) }
    }

    /// The addresses to look a member up by, in match order.
    package func keys(for member: ObservedMember) -> [IdentityKey] {
        methods.compactMap { method in
            switch method {
            case .email: return member.email.flatMap { $0.isEmpty ? nil : IdentityKey(.email, $0) }
            case .phone: return member.phone.map { IdentityKey(.phone, $0) }
            }
        }
    }

    /// The override of a member, if the binding has one.
    package func override(for member: ObservedMember) -> UserBinding.Override? {
        guard let email = member.email?.lowercased() else { return nil }
        return binding.overrides.first { $0.member.value.lowercased() == email }
    }
}

/// Phone numbers in E.164, from a country code and a national number as services store them.
package enum PhoneNumber {
    /// `+<country><national>` with separators and a national trunk `0` removed; nil when
    /// there are no digits.
    package static func e164(countryCode: String?, national: String?) -> String? {
        let digits = (national ?? "").filter(\.isASCIIDigit)
        guard !digits.isEmpty else { return nil }
        if national?.hasPrefix("+") == true { return "+" + digits }
        let country = (countryCode ?? "").filter(\.isASCIIDigit)
        guard !country.isEmpty else { return "+" + digits }
        let trimmed = digits.hasPrefix("0") ? String(digits.dropFirst()) : digits
        return "+" + country + trimmed
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
