/// A length of time written as `90s`, `30m`, `24h`, `7d` or a combination such as `1h30m`.
///
/// A duration is always at least one second; `description` gives it back in its canonical form.
package struct Duration: Sendable, Hashable, Codable, CustomStringConvertible {
    package let seconds: Int

    package init(seconds: Int) {
        precondition(seconds > 0, "a duration is at least one second")
        self.seconds = seconds
    }

    /// Parses the written form, or returns nil when it is not one.
    package init?(parsing text: String) {
        var total = 0
        var digits = ""
        var lastUnit = 5
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard let rank = Self.units.firstIndex(where: { $0.symbol == character }),
                rank < lastUnit, let value = Int(digits)
            else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: Self.units[rank].scale)
            guard !overflow else { return nil }
            total += product
            lastUnit = rank
            digits = ""
        }
        guard digits.isEmpty, total > 0 else { return nil }
        self.seconds = total
    }

    package var description: String {
        var rest = seconds
        var out = ""
        for unit in Self.units.reversed() where rest >= unit.scale {
            out += "\(rest / unit.scale)\(unit.symbol)"
            rest %= unit.scale
        }
        return out
    }

    /// Units from the smallest, so a unit's index orders it.
    private static let units: [(symbol: Character, scale: Int)] = [
        ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400),
    ]
}
