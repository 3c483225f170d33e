/// A Slack logical error: `{"ok":false,"error":code}` plus any extra fields, on HTTP 200.
struct SlackFailure: Error, Equatable {
    var code: String
    var extra: [String: JSONValue] = [:]

    init(_ code: String, extra: [String: JSONValue] = [:]) {
        self.code = code
        self.extra = extra
    }

    /// Slack's answer to a call that lacks a required argument.
    static func missingArgument(_ name: String) -> SlackFailure {
        SlackFailure(
            "invalid_arguments",
            extra: [
                "response_metadata": [
                    "messages": [.string("[ERROR] missing required field: \(name)")]
                ]
            ])
    }

    /// The response body.
    var body: JSONValue {
        var object = extra
        object["ok"] = false
        object["error"] = .string(code)
        return .object(object)
    }
}
