/// A scalar's text and how it was written, with its value resolved by the YAML 1.2 core schema.
///
/// Only plain scalars resolve to null, booleans and numbers; quoted and block scalars are always
/// strings. YAML 1.1's `yes`/`no`/`on`/`off` stay strings, so `country: no` means "no".
package struct YAMLScalar: Sendable {
    /// How the scalar was written.
    package enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// A scalar's value under the core schema.
    package enum Resolved: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)

        /// A short noun for messages.
        package var typeDescription: String {
            switch self {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int: return "an integer"
            case .float: return "a number"
            case .string: return "a string"
            }
        }
    }

    package let text: String
    package let style: Style
    package let resolved: Resolved

    package init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        self.resolved = Self.resolve(text, style: style, tag: tag)
    }

    private static func resolve(_ text: String, style: Style, tag: String?) -> Resolved {
        if tag == "tag:yaml.org,2002:str" || tag == "!" { return .string(text) }
        guard style == .plain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let int = parseInt(text) { return .int(int) }
        if let float = parseFloat(text) { return .float(float) }
        return .string(text)
    }

    private static func parseInt(_ text: String) -> Int? {
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            return nil
        }
        return Int(text)
    }

    private static func parseFloat(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let allowed = text.utf8.allSatisfy { byte in
            (byte >= 48 && byte <= 57) || byte == 46 || byte == 101 || byte == 69 || byte == 45
                || byte == 43
        }
        guard allowed, text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        return Double(text)
    }
}
