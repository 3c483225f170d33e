/// The scopes of the Feishu apps: the war-room set, and `GET /application/v6/scopes`.
enum FeishuScopes {
    /// Every tenant scope the war-room features use (im-platforms.md §2.5), and
    /// `contact:contact.base:readonly`, with which user bindings read overrides by open_id.
    static let warRoom = [
        "im:chat", "im:chat:create", "im:chat:read", "im:chat:update", "im:chat:delete",
        "im:chat.members:write_only", "im:chat.members:read", "im:chat:operate_as_owner",
        "im:message", "im:message:send_as_bot", "contact:user.id:readonly",
        "contact:user.employee_id:readonly", "contact:contact.base:readonly",
    ]

    /// The app's granted scopes (grant_status 1), then the war-room ones it lacks (2).
    static func list(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let granted = call.app.scopes.map { scope($0, status: 1) }
        let missing = warRoom.filter { !call.app.scopes.contains($0) }.map { scope($0, status: 2) }
        return ["scopes": .array(granted + missing)]
    }

    private static func scope(_ name: String, status: Int) -> JSONValue {
        ["scope_name": .string(name), "grant_status": .integer(status), "scope_type": "tenant"]
    }
}
