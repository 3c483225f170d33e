/// A command line Muster cannot run; it exits 64 and says how to fix it.
package enum UsageError: Error, Sendable, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownSubcommand(String, group: String, suggestion: String?)
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String, command: String)
    case invalidValue(option: String, value: String, choices: [String], command: String)
    case unexpectedArgument(String, command: String)
    case missingCommand
    /// `--target` or a `state` command names something that is not an address.
    case invalidAddress(String)
    /// A `state` command was given no address.
    case missingAddress

    /// The message, lowercase and without the `error:` prefix.
    package var message: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            return "unknown command '\(name)'" + Self.hint(suggestion)
        case .unknownSubcommand(let name, let group, let suggestion):
            return "unknown command '\(name)' for '\(group)'" + Self.hint(suggestion)
        case .unknownOption(let option, let command, let suggestion):
            return "unknown option '\(option)' for '\(command)'" + Self.hint(suggestion)
        case .missingValue(let option, _):
            return "option '\(option)' needs a value"
        case .invalidValue(let option, let value, let choices, _):
            let quoted = choices.map { "'\($0)'" }
            let list = quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
            return
                "'\(option)' must be \(quoted.count > 1 ? list : quoted.joined()), not '\(value)'"
        case .unexpectedArgument(let argument, let command):
            return "'\(command)' takes no argument '\(argument)'"
        case .missingCommand:
            return "no command given"
        case .missingAddress:
            return "an address is required, as `muster state list` prints them"
        case .invalidAddress(let text):
            return "'\(text)' is not an address, such as role.Responder or "
                + "role_grant.Responder[\"alice@example.com\"]"
        }
    }

    /// The help to point at.
    package var helpCommand: String {
        switch self {
        case .unknownOption(_, let command, _), .unexpectedArgument(_, let command),
            .missingValue(_, let command), .invalidValue(_, _, _, let command),
            .unknownSubcommand(_, let command, _):
            return "\(command) --help"
        default:
            return "muster --help"
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
