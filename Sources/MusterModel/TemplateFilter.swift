import Foundation

/// A filter applied to a template value, after a `|`.
package enum TemplateFilter: Sendable, Hashable {
    case slug
    case lower
    case upper
    case trim
    case truncate(Int)
    case defaultValue(String)

    /// The filter names, for messages and suggestions.
    package static let names = ["slug", "lower", "upper", "trim", "truncate", "default"]

    /// Applies the filter.
    package func apply(to value: String) -> String {
        switch self {
        case .slug: return Self.slugify(value)
        case .lower: return value.lowercased()
        case .upper: return value.uppercased()
        case .trim: return value.trimmingCharacters(in: .whitespacesAndNewlines)
        case .truncate(let count): return Self.truncate(value, to: count)
        case .defaultValue(let text): return value.isEmpty ? text : value
        }
    }

    /// Lowercase ASCII letters and digits, with every other run of characters as one `-`.
    ///
    /// Accents are folded first (`é` becomes `e`, `ß` becomes `ss`), so Latin titles keep their
    /// words; scripts with no Latin form, such as CJK, drop out.
    static func slugify(_ value: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in value.decomposedStringWithCanonicalMapping.unicodeScalars {
            let folded = fold(scalar)
            guard !folded.isEmpty else {
                if scalar.properties.generalCategory != .nonspacingMark { pendingDash = true }
                continue
            }
            if pendingDash && !out.isEmpty { out += "-" }
            pendingDash = false
            out += folded
        }
        return out
    }

    /// The ASCII form of one scalar, lowercased, or empty when it has none.
    private static func fold(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "a"..."z", "0"..."9": return String(scalar)
        case "A"..."Z": return String(scalar).lowercased()
        case "ß": return "ss"
        case "æ", "Æ": return "ae"
        case "ø", "Ø": return "o"
        case "œ", "Œ": return "oe"
        case "ł", "Ł": return "l"
        case "đ", "Đ": return "d"
        case "þ", "Þ": return "th"
        default: return ""
        }
    }

    /// The first `count` characters, without a trailing separator.
    static func truncate(_ value: String, to count: Int) -> String {
        guard value.count > count else { return value }
        var cut = String(value.prefix(count))
        while let last = cut.last, last == "-" || last == "_" || last.isWhitespace {
            cut.removeLast()
        }
        return cut
    }
}
