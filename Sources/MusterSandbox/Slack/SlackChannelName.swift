/// Slack's channel-name rules, which conversations.create and conversations.rename enforce.
///
/// A name is 1 to 80 characters of lowercase letters, digits, hyphens and underscores, with at
/// least one letter or digit. Slack does not normalise a name for the caller, so neither does
/// this check: `Inc-1` is refused, not lowercased.
enum SlackChannelName {
    static let maxLength = 80

    /// Throws the `invalid_name_*` error Slack gives for a bad name.
    static func validate(_ name: String?) throws(SlackFailure) {
        guard let name, !name.isEmpty else { throw SlackFailure("invalid_name_required") }
        guard name.count <= maxLength else { throw SlackFailure("invalid_name_maxlength") }
        guard name.allSatisfy(isAllowed) else { throw SlackFailure("invalid_name_specials") }
        guard name.contains(where: { $0 != "-" && $0 != "_" }) else {
            throw SlackFailure("invalid_name_punctuation")
        }
    }

    private static func isAllowed(_ character: Character) -> Bool {
        if character == "-" || character == "_" { return true }
        if character.isNumber { return character.isASCII }
        return character.isLetter && character.isLowercase
    }
}
