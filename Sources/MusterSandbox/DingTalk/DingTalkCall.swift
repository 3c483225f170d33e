import Foundation

/// One authenticated DingTalk call: the calling app, its arguments and the virtual time.
///
/// Arguments merge the query and a JSON object body; the accessors accept what both API
/// generations and their SDKs send, such as a list as a JSON array or a comma-separated
/// string.
struct DingTalkCall: Sendable {
    var app: DingTalkSeed.App
    var arguments: [String: JSONValue]
    var now: Double

    /// A string argument, with numbers written out.
    func string(_ name: String) -> String? {
        switch arguments[name] {
        case .string(let value): return value
        case .integer(let value): return String(value)
        default: return nil
        }
    }

    /// A non-empty string argument, or `invalidParameter`.
    func required(_ name: String) throws(DingTalkFailure) -> String {
        guard let value = string(name), !value.isEmpty else {
            throw .invalidParameter("\(name) is required")
        }
        return value
    }

    /// A list argument: a JSON array or a comma-separated string.
    func list(_ name: String) -> [String] {
        switch arguments[name] {
        case .array(let items): return items.compactMap(\.stringValue)
        case .string(let text):
            return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        default: return []
        }
    }

    /// An integer argument, also when sent as a string.
    func integer(_ name: String) -> Int? {
        switch arguments[name] {
        case .integer(let value): return value
        case .string(let text): return Int(text)
        default: return nil
        }
    }
}
