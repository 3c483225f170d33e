/// A JSON-shaped value: what a change shows as an object's before and after.
///
/// Objects keep their keys sorted, so two equal values print the same. A `sensitive` value is a
/// secret's place holder: renderers show `(sensitive)` and never hold the secret itself, since
/// the planner only ever sees the secret's reference.
package indirect enum PlanValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([PlanValue])
    case object([String: PlanValue])
    /// A secret, masked everywhere.
    case sensitive

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(String.self) {
            self = value == Self.sensitiveMark ? .sensitive : .string(value)
        } else if let value = try? container.decode([PlanValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: PlanValue].self))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .sensitive: try container.encode(Self.sensitiveMark)
        }
    }

    /// What a masked value reads as, in every rendering.
    package static let sensitiveMark = "(sensitive)"

    /// A list of strings.
    package static func strings(_ values: [String]) -> PlanValue {
        .array(values.map(PlanValue.string))
    }

    /// The value of a key of an object; nil for anything else.
    package subscript(key: String) -> PlanValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[key]
    }

    /// The value as compact JSON with sorted keys, the form fingerprints hash.
    package var canonicalText: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .string(let value): return JSONText.quoted(value)
        case .sensitive: return JSONText.quoted(Self.sensitiveMark)
        case .array(let values):
            return "[" + values.map(\.canonicalText).joined(separator: ",") + "]"
        case .object(let fields):
            let pairs = fields.keys.sorted().map { key in
                JSONText.quoted(key) + ":" + (fields[key] ?? .null).canonicalText
            }
            return "{" + pairs.joined(separator: ",") + "}"
        }
    }
}

/// JSON string quoting, shared by the canonical form and the renderers.
package enum JSONText {
    /// A string as a JSON string literal.
    package static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
