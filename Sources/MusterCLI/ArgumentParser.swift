import MusterDiagnostics

/// Parses a command's words against its spec.
///
/// It understands `--name value`, `--name=value`, `-o value`, flags, and `--` to end options.
/// Anything it does not know is a `UsageError` with a suggestion, never a guess.
package struct ArgumentParser: Sendable {
    package let spec: CommandSpec
    /// How the command is named in messages, as `muster validate`.
    package let commandPath: String

    package init(spec: CommandSpec, commandPath: String) {
        self.spec = spec
        self.commandPath = commandPath
    }

    package func parse(_ words: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                parsed.positionals.append(word)
            } else if word == "--" {
                optionsEnded = true
            } else {
                try option(word, words: words, index: &index, into: &parsed)
            }
        }
        try checkPositionals(parsed.positionals)
        return parsed
    }

    private func option(
        _ word: String, words: [String], index: inout Int, into parsed: inout ParsedArguments
    ) throws(UsageError) {
        let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
        let name = parts[0]
        guard let option = spec.option(named: name) else {
            let names = spec.options.flatMap(\.names).filter { $0.hasPrefix("--") }
            throw .unknownOption(
                name, command: commandPath,
                suggestion: Suggestion.closest(to: name, in: names))
        }
        guard !option.isFlag else {
            parsed.options[option.canonicalName, default: []] += []
            return
        }
        var value = parts.count == 2 ? parts[1] : nil
        if value == nil, index < words.count {
            value = words[index]
            index += 1
        }
        guard let value else {
            throw .missingValue(option: option.canonicalName, command: commandPath)
        }
        if let choices = option.choices, !choices.contains(value) {
            throw .invalidValue(
                option: option.canonicalName, value: value, choices: choices, command: commandPath)
        }
        parsed.options[option.canonicalName, default: []].append(value)
    }

    private func checkPositionals(_ positionals: [String]) throws(UsageError) {
        let accepts =
            spec.arguments.contains(where: \.isRepeatable)
            ? Int.max : spec.arguments.count
        if positionals.count > accepts {
            throw .unexpectedArgument(positionals[accepts], command: commandPath)
        }
    }
}
