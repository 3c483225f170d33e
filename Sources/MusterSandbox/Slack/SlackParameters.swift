import Foundation

/// The arguments of one Web API call, merged from the query, a form body or a JSON body.
///
/// Slack accepts every method as GET with a query, POST with a form, or POST with JSON. Body
/// arguments override query ones. In a JSON body, a string array becomes a comma list (as
/// slack_sdk sends `users`), any other array or object becomes its JSON text (as `blocks` is
/// sent in a form), and booleans become `true`/`false`.
struct SlackParameters: Sendable, Equatable {
    private(set) var values: [String: String]

    init(_ values: [String: String]) {
        self.values = values
    }

    subscript(name: String) -> String? {
        values[name]
    }

    /// A required argument.
    func required(_ name: String) throws(SlackFailure) -> String {
        guard let value = values[name], !value.isEmpty else { throw .missingArgument(name) }
        return value
    }

    /// A boolean flag: `1` and `true` are true.
    func flag(_ name: String) -> Bool {
        guard let value = values[name]?.lowercased() else { return false }
        return value == "1" || value == "true"
    }

    /// A comma-separated list, with blanks dropped.
    func list(_ name: String) -> [String] {
        (values[name] ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    /// Turns a JSON body's value into the string a form would carry.
    static func formValue(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .string(let text): return text
        case .array(let items) where items.allSatisfy({ $0.stringValue != nil }):
            return items.compactMap(\.stringValue).joined(separator: ",")
        case .array, .object:
            return String(decoding: value.encodedBytes, as: UTF8.self)
        }
    }
}
