import Foundation

/// Any JSON value, kept as its compact text, for payloads Muster only shows.
struct FlashdutyJSONText: Decodable, Sendable {
    var text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            text = "null"
        } else if let value = try? container.decode(String.self) {
            text = Self.quoted(value)
        } else if let value = try? container.decode(Bool.self) {
            text = String(value)
        } else if let value = try? container.decode(Int.self) {
            text = String(value)
        } else if let value = try? container.decode(Double.self) {
            text = String(value)
        } else if let array = try? container.decode([FlashdutyJSONText].self) {
            text = "[" + array.map(\.text).joined(separator: ",") + "]"
        } else {
            let object = try container.decode([String: FlashdutyJSONText].self)
            let pairs = object.sorted { $0.key < $1.key }.map {
                Self.quoted($0.key) + ":" + $0.value.text
            }
            text = "{" + pairs.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ value: String) -> String {
        let data = try? JSONSerialization.data(
            withJSONObject: [value], options: [.fragmentsAllowed])
        let array = data.flatMap { String(data: $0, encoding: .utf8) } ?? "[\"\"]"
        return String(array.dropFirst().dropLast())
    }
}
