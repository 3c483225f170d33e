/// One authenticated WeCom call: the calling app, its arguments and the virtual time.
///
/// Arguments merge the query and the JSON body, which wechatpy sends with no Content-Type.
struct WeComCall: Sendable {
    var app: WeComSeed.App
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

    /// A list of strings, or nil when the argument is absent.
    func list(_ name: String) -> [String]? {
        arguments[name]?.arrayValue?.compactMap(\.stringValue)
    }
}
