/// What a command accepts and how it describes itself in help.
package struct CommandSpec: Sendable {
    package let name: String
    /// One sentence, shown in the command list.
    package let abstract: String
    /// Paragraphs shown at the end of the command's help.
    package let discussion: String
    package let arguments: [ArgumentSpec]
    package let options: [OptionSpec]

    package init(
        name: String, abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options + OptionSpec.common
    }

    /// The option a command-line word names, if any.
    func option(named word: String) -> OptionSpec? {
        options.first { $0.names.contains(word) }
    }
}

/// A positional argument.
package struct ArgumentSpec: Sendable {
    package let name: String
    package let help: String
    package let isRepeatable: Bool

    package init(name: String, help: String, isRepeatable: Bool = false) {
        self.name = name
        self.help = help
        self.isRepeatable = isRepeatable
    }
}

/// A flag (`--check-secrets`) or an option with a value (`--output json`).
package struct OptionSpec: Sendable {
    /// Every spelling, the canonical one first.
    package let names: [String]
    package let help: String
    /// The value's placeholder; nil for a flag.
    package let valueName: String?
    /// The values allowed, when they are a fixed set.
    package let choices: [String]?

    package init(names: [String], help: String, valueName: String? = nil, choices: [String]? = nil)
    {
        self.names = names
        self.help = help
        self.valueName = valueName
        self.choices = choices
    }

    package var canonicalName: String { names[0] }
    package var isFlag: Bool { valueName == nil }

    /// Options every command takes.
    package static let common = [
        OptionSpec(names: ["--no-color"], help: "Never colour the output (NO_COLOR also works)."),
        OptionSpec(names: ["--help", "-h"], help: "Show this help."),
    ]

    /// `--output text|json`, shared by commands that print a report.
    package static func output(_ formats: [String]) -> OptionSpec {
        OptionSpec(
            names: ["--output", "-o"],
            help:
                "How to print the report: \(formats.joined(separator: ", ")) (default: \(formats[0])).",
            valueName: "format", choices: formats)
    }
}
