/// `POST /contact/v3/users/batch_get_id`: user ids by email and by mobile.
///
/// There is one entry per input, emails first. An address that finds nobody the app may see
/// gives an entry without `user_id`, on code 0, as on Feishu; so does a resigned user unless
/// `include_resigned` is true, and any user when `user_id` is asked for without
/// `contact:user.employee_id:readonly`. Mobiles match with their `+CC`; a mainland number
/// may also be given without `+86`.
enum FeishuContacts {
    static func batchGetId(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("user_id_type", from: call)
        let emails = try call.strings("emails") ?? []
        let mobiles = try call.strings("mobiles") ?? []
        guard emails.count <= 50 else { throw .fieldViolation("emails", "emails holds at most 50") }
        guard mobiles.count <= 50 else {
            throw .fieldViolation("mobiles", "mobiles holds at most 50")
        }
        let context = Context(
            world: world, app: call.app, idType: idType,
            includesResigned: call.body["include_resigned"] == .bool(true),
            showsUserId: idType != .userId || call.hasScope("contact:user.employee_id:readonly"))
        let entries =
            emails.map { email in
                context.entry("email", email) { $0.email?.lowercased() == email.lowercased() }
            }
            + mobiles.map { mobile in
                context.entry("mobile", mobile) { matches($0.mobile, mobile) }
            }
        return ["user_list": .array(entries)]
    }

    private static func matches(_ stored: String?, _ asked: String) -> Bool {
        guard let stored else { return false }
        return stored == asked || stored == "+86" + asked
    }

    /// What every entry of one call depends on.
    private struct Context {
        var world: FeishuWorld
        var app: FeishuWorld.App
        var idType: FeishuIDType
        var includesResigned: Bool
        var showsUserId: Bool

        func entry(
            _ field: String, _ value: String, _ isMatch: (FeishuWorld.User) -> Bool
        ) -> JSONValue {
            var object: [String: JSONValue] = [field: .string(value)]
            let found = world.users.first { isMatch($0) && world.isVisible($0, to: app) }
            guard let user = found, includesResigned || !user.isResigned else {
                return .object(object)
            }
            if showsUserId { object["user_id"] = .string(idType.id(of: user)) }
            object["status"] = [
                "is_frozen": .bool(user.isFrozen), "is_resigned": .bool(user.isResigned),
                "is_activated": .bool(!user.isResigned && !user.isFrozen), "is_exited": false,
                "is_unjoin": false,
            ]
            return .object(object)
        }
    }
}
