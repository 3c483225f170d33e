import Foundation

/// The JSON form of every file the state backend writes: sorted keys and ISO-8601 dates in
/// whole seconds, so equal values always give equal bytes.
enum StateJSON {
    /// An encoder for files people read (pretty) or for one-line records (compact).
    static func makeEncoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { encoder.outputFormatting.insert(.prettyPrinted) }
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// The JSON of a value to be written to `path`, with a final newline when pretty.
    static func encode(
        _ value: some Encodable, pretty: Bool, for path: String
    ) throws(StateError) -> Data {
        do {
            var data = try makeEncoder(pretty: pretty).encode(value)
            if pretty { data.append(0x0A) }
            return data
        } catch {
            throw .unwritable(path: path, reason: "cannot encode: \(describe(error))")
        }
    }

    /// A short lowercase account of why decoding failed, naming the key path.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "not valid JSON"
        case .dataCorrupted(let context):
            return "invalid value at '\(keyPath(context.codingPath))'"
        case .keyNotFound(let key, let context):
            return "missing key '\(keyPath(context.codingPath + [key]))'"
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return "not a JSON object"
        case .typeMismatch(_, let context):
            return "wrong type at '\(keyPath(context.codingPath))'"
        case .valueNotFound(_, let context):
            return "missing value at '\(keyPath(context.codingPath))'"
        @unknown default:
            return "not valid"
        }
    }

    /// A coding path as `roles.Responder.id` or `changes[2].address`.
    private static func keyPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "(top level)" : text
    }
}
