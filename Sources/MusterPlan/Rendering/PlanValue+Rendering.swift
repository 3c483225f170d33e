extension PlanValue {
    /// The value as the text renderer prints it: JSON-like, with `, ` between items, keys
    /// sorted, and a bare `(sensitive)` where a secret sits.
    var literal: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .string(let text): return JSONText.quoted(text)
        case .sensitive: return PlanValue.sensitiveMark
        case .array(let items): return "[" + items.map(\.literal).joined(separator: ", ") + "]"
        case .object(let fields):
            let pairs = JSONNode.sortedKeys(fields).map { key in
                JSONText.quoted(key) + ": " + fields[key, default: .null].literal
            }
            return "{" + pairs.joined(separator: ", ") + "}"
        }
    }

    /// The top-level fields a change lists, keys sorted: an object's own fields, or the whole
    /// value under the name `value` when it is not an object.
    var fields: [(key: String, value: PlanValue)] {
        guard case .object(let fields) = self else { return [("value", self)] }
        return JSONNode.sortedKeys(fields).map { ($0, fields[$0, default: .null]) }
    }

    /// Terraform's sensitivity mask: `true` at each secret, objects and arrays mirroring the
    /// value around them, and nil when nothing in the value is secret.
    ///
    /// Objects list only the keys that hold a secret; arrays keep every position, with
    /// `false` for the items that hold none.
    var sensitiveMask: JSONNode? {
        switch self {
        case .sensitive:
            return .bool(true)
        case .object(let fields):
            let masks = fields.compactMapValues(\.sensitiveMask)
            return masks.isEmpty ? nil : .object(masks)
        case .array(let items):
            let masks = items.map(\.sensitiveMask)
            guard masks.contains(where: { $0 != nil }) else { return nil }
            return .array(masks.map { $0 ?? .bool(false) })
        case .null, .bool, .int, .string:
            return nil
        }
    }
}
