/// A command line after parsing: positional arguments, flags and option values.
package struct ParsedArguments: Sendable, Equatable {
    package var positionals: [String] = []
    /// Option values by canonical name; a flag maps to an empty list.
    package var options: [String: [String]] = [:]

    package init() {}

    /// Whether a flag was given.
    package func has(_ name: String) -> Bool { options[name] != nil }

    /// The last value given for an option.
    package func value(_ name: String) -> String? { options[name]?.last }
}
