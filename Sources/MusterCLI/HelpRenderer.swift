import Foundation

/// Writes `--help` text for the tool and for each command.
///
/// Help is plain text that fits in 80 columns; the golden tests hold it byte for byte.
package struct HelpRenderer: Sendable {
    package init() {}

    /// The tool's own help: what it is, its commands, and its exit codes.
    package func toolHelp(commands: [CommandSpec]) -> String {
        var out = "muster: incident war rooms as code\n\n"
        out += "Muster keeps IM integrations, permission grants, user bindings and war-room\n"
        out += "policies in YAML, and makes the incident service and IM platforms match them.\n\n"
        out += "USAGE: muster <command> [options]\n\n"
        out += "COMMANDS:\n"
        let width = (commands.map(\.name.count).max() ?? 0) + 4
        for command in commands {
            out += "  " + command.name.padded(to: width) + command.abstract + "\n"
        }
        out += "\nOPTIONS:\n"
        out += "  -h, --help".padded(to: 18) + "Show this help.\n"
        out += "  --version".padded(to: 18) + "Print Muster's version.\n"
        out += "\nEXIT CODES:\n"
        for code in ExitCode.allCases {
            out += "  " + String(code.rawValue).padded(to: 6) + code.meaning + "\n"
        }
        out += "\nRun 'muster <command> --help' for a command's arguments and options.\n"
        return out
    }

    /// A group's help: its subcommands.
    package func groupHelp(_ spec: CommandSpec, path: String, subcommands: [CommandSpec]) -> String
    {
        var out = spec.abstract + "\n\n"
        out += "USAGE: \(path) <command> [options]\n\nCOMMANDS:\n"
        out += table(subcommands.map { ($0.name, $0.abstract) })
        if !spec.discussion.isEmpty {
            out += "\n" + spec.discussion.wrapped(to: 80).joined(separator: "\n") + "\n"
        }
        out += "\nRun '\(path) <command> --help' for a command's options.\n"
        return out
    }

    /// One command's help.
    package func commandHelp(_ spec: CommandSpec, path: String? = nil) -> String {
        var out = spec.abstract + "\n\n"
        out += "USAGE: " + usage(spec, path: path ?? "muster \(spec.name)") + "\n"
        if !spec.arguments.isEmpty {
            out += "\nARGUMENTS:\n"
            let rows = spec.arguments.map { ($0.name + ($0.isRepeatable ? " ..." : ""), $0.help) }
            out += table(rows)
        }
        out += "\nOPTIONS:\n"
        out += table(spec.options.map { (optionLabel($0), $0.help) })
        if !spec.discussion.isEmpty {
            let paragraphs = spec.discussion.components(separatedBy: "\n\n")
            out +=
                "\n"
                + paragraphs.map { $0.wrapped(to: 80).joined(separator: "\n") }
                .joined(separator: "\n\n") + "\n"
        }
        return out
    }

    private func usage(_ spec: CommandSpec, path: String) -> String {
        let arguments = spec.arguments.map { "[\($0.name)\($0.isRepeatable ? " ..." : "")]" }
        return ([path] + arguments + ["[options]"]).joined(separator: " ")
    }

    private func optionLabel(_ option: OptionSpec) -> String {
        let short = option.names.filter { !$0.hasPrefix("--") }
        let long = option.names.filter { $0.hasPrefix("--") }
        let names = (short + long).joined(separator: ", ")
        let value = option.valueName.map { " <\($0)>" } ?? ""
        return (short.isEmpty ? "    " : "") + names + value
    }

    /// Two columns; the second wraps at 80 characters and lines up under itself.
    private func table(_ rows: [(String, String)]) -> String {
        let width = min((rows.map(\.0.count).max() ?? 0) + 4, 28)
        var out = ""
        for (label, help) in rows {
            let lines = help.wrapped(to: 78 - width)
            let first = lines.first ?? ""
            if label.count + 2 >= width {
                out += "  " + label + "\n" + String(repeating: " ", count: width + 2) + first + "\n"
            } else {
                out += "  " + label.padded(to: width) + first + "\n"
            }
            for line in lines.dropFirst() {
                out += String(repeating: " ", count: width + 2) + line + "\n"
            }
        }
        return out
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// Words filled into lines of at most `width` characters.
    func wrapped(to width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
