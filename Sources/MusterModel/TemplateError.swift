/// Why a template does not compile, with the character offset of the problem in its source.
package enum TemplateError: Error, Sendable, Equatable {
    case unclosedExpression(offset: Int)
    case emptyExpression(offset: Int)
    case unknownVariable(String, suggestion: String?, offset: Int)
    case unknownFilter(String, suggestion: String?, offset: Int)
    case badFilterArgument(filter: String, expected: String, offset: Int)
    case unexpectedCharacter(Character, offset: Int)

    /// Where in the template source the problem is, counted in characters from 0.
    package var offset: Int {
        switch self {
        case .unclosedExpression(let o), .emptyExpression(let o), .unknownVariable(_, _, let o),
            .unknownFilter(_, _, let o), .badFilterArgument(_, _, let o),
            .unexpectedCharacter(_, let o):
            return o
        }
    }

    /// The short, lowercase message for a person.
    package var message: String {
        switch self {
        case .unclosedExpression:
            return "template has '{{' with no closing '}}'"
        case .emptyExpression:
            return "template has an empty '{{ }}'"
        case .unknownVariable(let name, let suggestion, _):
            return "template uses unknown variable '\(name)'" + Self.hint(suggestion)
        case .unknownFilter(let name, let suggestion, _):
            return "template uses unknown filter '\(name)'" + Self.hint(suggestion)
        case .badFilterArgument(let filter, let expected, _):
            return "filter '\(filter)' takes \(expected)"
        case .unexpectedCharacter(let character, _):
            return "unexpected '\(character)' in template expression"
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
