import MusterDiagnostics

/// Turns template source into parts, checking every variable and filter.
struct TemplateParser {
    private let characters: [Character]
    private var index = 0

    init(_ source: String) {
        self.characters = Array(source)
    }

    mutating func parse() throws(TemplateError) -> [Template.Part] {
        var parts: [Template.Part] = []
        var text = ""
        while index < characters.count {
            if lookingAt("{{") {
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                parts.append(try expression())
            } else {
                text.append(characters[index])
                index += 1
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        return parts
    }

    private mutating func expression() throws(TemplateError) -> Template.Part {
        let start = index
        index += 2
        skipSpaces()
        guard !lookingAt("}}") else { throw .emptyExpression(offset: start) }
        let variableOffset = index
        let variable = try path()
        try checkVariable(variable, at: variableOffset)
        var filters: [TemplateFilter] = []
        skipSpaces()
        while index < characters.count, characters[index] == "|" {
            index += 1
            skipSpaces()
            filters.append(try filter())
            skipSpaces()
        }
        guard lookingAt("}}") else {
            if index >= characters.count { throw .unclosedExpression(offset: start) }
            throw .unexpectedCharacter(characters[index], offset: index)
        }
        index += 2
        return .expression(variable: variable, filters: filters)
    }

    private mutating func path() throws(TemplateError) -> String {
        var parts = [try identifier()]
        while index < characters.count, characters[index] == "." {
            index += 1
            parts.append(try identifier())
        }
        return parts.joined(separator: ".")
    }

    private mutating func identifier() throws(TemplateError) -> String {
        var name = ""
        while index < characters.count, Self.isIdentifier(characters[index], first: name.isEmpty) {
            name.append(characters[index])
            index += 1
        }
        guard !name.isEmpty else {
            if index >= characters.count { throw .unclosedExpression(offset: index) }
            throw .unexpectedCharacter(characters[index], offset: index)
        }
        return name
    }

    private func checkVariable(_ variable: String, at offset: Int) throws(TemplateError) {
        if Template.variables.contains(variable) { return }
        let prefix = Template.labelPrefix
        if variable.hasPrefix(prefix), variable.count > prefix.count { return }
        let suggestion = Suggestion.closest(to: variable, in: Template.variables)
        throw .unknownVariable(variable, suggestion: suggestion, offset: offset)
    }

    private mutating func filter() throws(TemplateError) -> TemplateFilter {
        let offset = index
        let name = try identifier()
        switch name {
        case "slug": return .slug
        case "lower": return .lower
        case "upper": return .upper
        case "trim": return .trim
        case "truncate":
            guard let count = try argument(for: name, at: offset).flatMap(Int.init), count >= 1
            else {
                throw .badFilterArgument(
                    filter: name, expected: "a length, as in truncate(40)", offset: offset)
            }
            return .truncate(count)
        case "default":
            guard let text = try argument(for: name, at: offset, quoted: true) else {
                throw .badFilterArgument(
                    filter: name, expected: "a quoted text, as in default(\"none\")", offset: offset
                )
            }
            return .defaultValue(text)
        default:
            let suggestion = Suggestion.closest(to: name, in: TemplateFilter.names)
            throw .unknownFilter(name, suggestion: suggestion, offset: offset)
        }
    }

    /// The text between `(` and `)` after a filter name, unquoted when `quoted`.
    private mutating func argument(
        for filter: String, at offset: Int, quoted: Bool = false
    ) throws(TemplateError) -> String? {
        skipSpaces()
        guard index < characters.count, characters[index] == "(" else { return nil }
        index += 1
        skipSpaces()
        var text = ""
        if quoted {
            guard index < characters.count, characters[index] == "\"" || characters[index] == "'"
            else { return nil }
            let quote = characters[index]
            index += 1
            while index < characters.count, characters[index] != quote {
                text.append(characters[index])
                index += 1
            }
            guard index < characters.count else { throw .unclosedExpression(offset: offset) }
            index += 1
        } else {
            while index < characters.count, characters[index] != ")", characters[index] != " " {
                text.append(characters[index])
                index += 1
            }
        }
        skipSpaces()
        guard index < characters.count, characters[index] == ")" else { return nil }
        index += 1
        return text
    }

    private func lookingAt(_ token: String) -> Bool {
        var i = index
        for character in token {
            guard i < characters.count, characters[i] == character else { return false }
            i += 1
        }
        return true
    }

    private mutating func skipSpaces() {
        while index < characters.count, characters[index] == " " { index += 1 }
    }

    private static func isIdentifier(_ character: Character, first: Bool) -> Bool {
        guard character.isASCII else { return false }
        if character.isLetter || character == "_" { return true }
        return !first && (character.isNumber || character == "-")
    }
}
