import Foundation

/// What an IM platform accepts as a group chat's name.
///
/// Lengths count characters (grapheme clusters), as the platforms' own limits do.
package struct RoomNameRule: Sendable {
    package let platform: Platform
    package let maxLength: Int
    /// Whether only lowercase `a-z`, `0-9`, `-` and `_` are allowed (Slack).
    package let isSlackCharset: Bool

    /// The rule of a platform.
    package static func of(_ platform: Platform) -> RoomNameRule {
        switch platform {
        case .slack: return RoomNameRule(platform: platform, maxLength: 80, isSlackCharset: true)
        case .feishu, .lark:
            return RoomNameRule(platform: platform, maxLength: 60, isSlackCharset: false)
        case .dingtalk:
            return RoomNameRule(platform: platform, maxLength: 30, isSlackCharset: false)
        case .wecom: return RoomNameRule(platform: platform, maxLength: 50, isSlackCharset: false)
        }
    }

    /// Why the platform would refuse `name`, with the fix, or nil when it accepts it.
    package func violation(of name: String) -> String? {
        let shown = name.count > 40 ? String(name.prefix(40)) + "…" : name
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            return "renders empty for the sample incident; \(platform.displayName) needs a name"
        }
        if isSlackCharset, let bad = name.first(where: { !Self.isSlackCharacter($0) }) {
            return "renders as '\(shown)' for the sample incident, and \(platform.displayName) "
                + "names allow only lowercase a-z, 0-9, '-' and '_' (found '\(bad)'); "
                + "add '| slug' to the title"
        }
        if name.count > maxLength {
            return "renders as \(name.count) characters for the sample incident ('\(shown)'), "
                + "over \(platform.displayName)'s limit of \(maxLength); "
                + "add '| truncate(N)' to the title"
        }
        return nil
    }

    /// A name the platform accepts, made from a rendered one: on Slack lowercased, with every
    /// other character turned into `-` (runs collapsed, ends trimmed); everywhere trimmed;
    /// then cut to the platform's length, keeping room for `suffix` (a de-duplicating `-2`).
    package func conformed(_ name: String, suffix: String = "") -> String {
        var text = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if isSlackCharset {
            var slug = ""
            for character in text.lowercased() {
                if Self.isSlackCharacter(character) {
                    slug.append(character)
                } else if slug.last != "-" {
                    slug.append("-")
                }
            }
            text = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        }
        if text.isEmpty { text = "war-room" }
        let room = max(1, maxLength - suffix.count)
        if text.count > room {
            text = String(text.prefix(room))
            if isSlackCharset {
                text = text.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            }
        }
        return text + suffix
    }

    private static func isSlackCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (97...122).contains(ascii) || (48...57).contains(ascii) || ascii == 45
            || ascii == 95
    }
}
