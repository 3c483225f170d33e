/// Escaping for GitHub Markdown, so text from a plan reads exactly as written.
///
/// Prose has every character escaped that Markdown could take as markup where it stands,
/// table cell bars included. Inline code and code blocks pick a backtick fence longer than any
/// run of backticks inside, as CommonMark allows, so nothing inside can close them.
enum MarkdownText {
    /// One line of prose: markup characters escaped, line breaks turned into spaces.
    ///
    /// Code, emphasis, links, HTML, strikethrough and table bars are always escaped. An `_`
    /// only at a word's edge (GitHub ignores it inside a word), an `&` only where an entity
    /// could start, and a `>` or `#` only at the start, where a quote or a heading could.
    static func escaped(_ text: String) -> String {
        let characters = Array(text.map { $0 == "\n" ? " " : $0 })
        var out = ""
        for index in characters.indices {
            if needsEscape(characters, at: index) { out.append("\\") }
            out.append(characters[index])
        }
        return out
    }

    private static func needsEscape(_ characters: [Character], at index: Int) -> Bool {
        let before = index > characters.startIndex ? characters[index - 1] : nil
        let after = index + 1 < characters.endIndex ? characters[index + 1] : nil
        switch characters[index] {
        case "\\", "`", "*", "[", "]", "<", "|", "~": return true
        case "_": return !isWordCharacter(before) || !isWordCharacter(after)
        case "&": return after.map { $0.isLetter || $0 == "#" } ?? false
        case ">", "#": return index == characters.startIndex
        default: return false
        }
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        character.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// Text as an inline code span.
    ///
    /// The fence is one backtick longer than the longest run inside; a space pads each side
    /// when the text starts or ends with a backtick or a space, since CommonMark strips one
    /// space from each side of a padded span.
    static func code(_ text: String) -> String {
        let fence = String(repeating: "`", count: longestBacktickRun(in: text) + 1)
        let edges: [Character?] = [text.first, text.last]
        let needsPadding = edges.contains { $0 == "`" || $0 == " " }
        let body = needsPadding ? " \(text) " : text
        return fence + body + fence
    }

    /// A fenced code block: the fence is at least three backticks and longer than any run
    /// inside, so the text can never close it early.
    static func codeBlock(_ text: String, language: String) -> String {
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: text) + 1))
        let body = text.hasSuffix("\n") ? text : text + "\n"
        return fence + language + "\n" + body + fence
    }

    /// The longest run of consecutive backticks in the text.
    static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var current = 0
        for character in text {
            current = character == "`" ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
