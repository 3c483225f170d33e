/// One authenticated Open API call, as an operation's handler sees it.
struct FeishuCall: Sendable {
    var app: FeishuWorld.App
    /// The query items, first value of each name.
    var query: [String: String]
    /// Every value of each query name, for the repeated ones (`user_ids=a&user_ids=b`).
    var queryLists: [String: [String]] = [:]
    /// The JSON body's members; empty when there is no body.
    var body: [String: JSONValue]
    /// The `:chat_id` of the path, for the chat routes.
    var chatId: String?
    /// The virtual time of the call, in seconds since 1970.
    var now: Double

    /// Whether the app was granted a scope.
    func hasScope(_ scope: String) -> Bool {
        app.scopes.contains(scope)
    }

    /// A body member that must be a string.
    func string(_ name: String) -> String? {
        body[name]?.stringValue
    }

    /// A body member that must be a list of strings, or nil when it is absent.
    func strings(_ name: String) throws(FeishuFailure) -> [String]? {
        guard let value = body[name], value != .null else { return nil }
        guard let items = value.arrayValue?.compactMap(\.stringValue),
            items.count == value.arrayValue?.count
        else { throw .fieldViolation(name, "\(name) must be a list of strings") }
        return items
    }
}
