/// A JSON value as the plan's JSON form writes it, with its own small pretty-printer.
///
/// The printer indents by two spaces, writes `"key": value`, sorts object keys by their UTF-8
/// bytes and ends the document with a newline, so equal nodes always print the same bytes.
/// Slashes and non-ASCII text are written as they are; only what JSON requires is escaped.
enum JSONNode: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// A finite number; a non-finite one has no JSON form and is written as `null`.
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([String: JSONNode])

    /// The node as a string when there is one, and `null` when not.
    static func string(orNull text: String?) -> JSONNode {
        text.map(JSONNode.string) ?? .null
    }

    /// A value of a change, with `(sensitive)` where a secret sits.
    init(_ value: PlanValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .string(let text): self = .string(text)
        case .sensitive: self = .string(PlanValue.sensitiveMark)
        case .array(let items): self = .array(items.map(JSONNode.init))
        case .object(let fields): self = .object(fields.mapValues(JSONNode.init))
        }
    }

    /// The whole document: the node pretty-printed, then a newline.
    func prettyPrinted() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .number(let number): out += number.isFinite ? String(number) : "null"
        case .string(let text): out += JSONText.quoted(text)
        case .array(let items): writeArray(items, to: &out, indent: indent)
        case .object(let fields): writeObject(fields, to: &out, indent: indent)
        }
    }

    private func writeArray(_ items: [JSONNode], to out: inout String, indent: Int) {
        guard !items.isEmpty else {
            out += "[]"
            return
        }
        out += "["
        for (position, item) in items.enumerated() {
            out += (position == 0 ? "\n" : ",\n") + Self.padding(indent + 1)
            item.write(to: &out, indent: indent + 1)
        }
        out += "\n" + Self.padding(indent) + "]"
    }

    private func writeObject(_ fields: [String: JSONNode], to out: inout String, indent: Int) {
        guard !fields.isEmpty else {
            out += "{}"
            return
        }
        out += "{"
        for (position, key) in Self.sortedKeys(fields).enumerated() {
            out += (position == 0 ? "\n" : ",\n") + Self.padding(indent + 1)
            out += JSONText.quoted(key) + ": "
            fields[key, default: .null].write(to: &out, indent: indent + 1)
        }
        out += "\n" + Self.padding(indent) + "}"
    }

    /// Keys in UTF-8 byte order, which is code point order: what `jq -S` and Python print.
    static func sortedKeys<Value>(_ fields: [String: Value]) -> [String] {
        fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func padding(_ level: Int) -> String {
        String(repeating: "  ", count: level)
    }
}
