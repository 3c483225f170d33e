/// A scalar's text and how it was written, with its value resolved by the YAML 1.2 core schema.
///
/// Only plain scalars resolve to null, booleans and numbers; quoted and block scalars are always
/// strings. YAML 1.1's `yes`/`no`/`on`/`off` stay strings, so `country: no` means "no".
package struct YAMLScalar: Sendable {
    /// How the scalar was written.
    package enum Style: UInt8, Sendable, Equatable {
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
    /// The resolved value without a copy of the text, which would cost a second reference.
    let kind: Kind
    private let payload: Int64

    package init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        (self.kind, self.payload) = Kind.split(Self.resolve(text, style: style, tag: tag))
    }

    init(record: YAMLRecord, text: String) {
        self.text = text
        self.style = record.style
        self.kind = record.scalarKind
        self.payload = record.payload
    }

    /// The kind and payload a record stores for this text.
    static func classify(_ text: String, style: Style, tag: String?) -> (Kind, Int64) {
        Kind.split(resolve(text, style: style, tag: tag))
    }

    /// Whether text written plainly could resolve to something other than a string; most
    /// scalars are words, and only these first bytes can start a null, boolean or number.
    static func mayNotBeString(firstByte: UInt8?, style: Style) -> Bool {
        guard style == .plain else { return false }
        guard let firstByte else { return true }
        switch firstByte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"),
            UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }

    /// The scalar's value under the core schema.
    package var resolved: Resolved {
        switch kind {
        case .null: return .null
        case .bool: return .bool(payload != 0)
        case .int: return .int(Int(payload))
        case .float: return .float(Double(bitPattern: UInt64(bitPattern: payload)))
        case .string: return .string(text)
        }
    }

    /// Whether the scalar resolves to null.
    package var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// Whether the scalar resolves to a string.
    package var isString: Bool {
        if case .string = kind { return true }
        return false
    }

    /// A resolved value's kind; its value, if any, travels as a separate 64-bit payload.
    enum Kind: UInt8, Sendable {
        case null, bool, int, float, string

        static func split(_ resolved: Resolved) -> (Kind, Int64) {
            switch resolved {
            case .null: return (.null, 0)
            case .bool(let value): return (.bool, value ? 1 : 0)
            case .int(let value): return (.int, Int64(value))
            case .float(let value): return (.float, Int64(bitPattern: value.bitPattern))
            case .string: return (.string, 0)
            }
        }
    }

    private static func resolve(_ text: String, style: Style, tag: String?) -> Resolved {
        if tag == "tag:yaml.org,2002:str" || tag == "!" { return .string(text) }
        guard mayNotBeString(firstByte: text.utf8.first, style: style) else {
            return .string(text)
        }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        // Past the words above, only digits, signs and dots can start a number.
        guard let first = text.utf8.first, !(UInt8(ascii: "A")...UInt8(ascii: "z")).contains(first)
        else { return .string(text) }
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
