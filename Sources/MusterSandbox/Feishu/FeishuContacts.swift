/// The contact calls: user ids by email and by mobile (`batch_get_id`), and people by id
/// (`users/batch`).
///
/// `batch_get_id` answers one entry per input, emails first, and one more for each further
/// account an address matches, so an email two accounts share answers both (whether the real
/// service ever holds such a pair is unconfirmed). An address that finds nobody the app may
/// see gives an entry without `user_id`, on code 0, as on Feishu; so does a resigned user
/// unless `include_resigned` is true, and any user when `user_id` is asked for without
/// `contact:user.employee_id:readonly`. Mobiles match with their `+CC`; a mainland number may
/// also be given without `+86`.
enum FeishuContacts {
    /// Addresses of each kind, and ids, one call may ask for.
    static let batchLimit = 50

    static func batchGetId(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("user_id_type", from: call)
        let emails = try call.strings("emails") ?? []
        let mobiles = try call.strings("mobiles") ?? []
        guard emails.count <= batchLimit else {
            throw .fieldViolation("emails", "emails holds at most 50")
        }
        guard mobiles.count <= batchLimit else {
            throw .fieldViolation("mobiles", "mobiles holds at most 50")
        }
        let context = Context(
            world: world, app: call.app, idType: idType,
            includesResigned: call.body["include_resigned"] == .bool(true),
            showsUserId: idType != .userId || call.hasScope("contact:user.employee_id:readonly"))
        let entries =
            emails.flatMap { email in
                context.entries("email", email) { $0.email?.lowercased() == email.lowercased() }
            }
            + mobiles.flatMap { mobile in
                context.entries("mobile", mobile) { matches($0.mobile, mobile) }
            }
        return ["user_list": .array(entries)]
    }

    /// `GET /contact/v3/users/batch?user_ids=…&user_ids=…`: up to 50 people by id, each with
    /// its name and status; email and mobile only with `contact:user.email:readonly` and
    /// `contact:user.phone:readonly`. An id naming nobody the app may see is left out.
    static func batch(
        _ world: inout FeishuWorld, _ call: FeishuCall
    ) throws(FeishuFailure)
        -> JSONValue
    {
        let idType = try FeishuIDType.read("user_id_type", from: call)
        let ids = call.queryLists["user_ids"] ?? []
        guard !ids.isEmpty else { throw .fieldViolation("user_ids", "user_ids is required") }
        guard ids.count <= batchLimit else {
            throw .fieldViolation("user_ids", "user_ids holds at most 50")
        }
        let items = ids.compactMap { id -> JSONValue? in
            guard let index = world.userIndex(id, type: idType),
                world.isVisible(world.users[index], to: call.app)
            else { return nil }
            return item(world.users[index], call)
        }
        return ["items": .array(items)]
    }

    private static func item(_ user: FeishuWorld.User, _ call: FeishuCall) -> JSONValue {
        var object: [String: JSONValue] = [
            "open_id": .string(user.openId), "union_id": .string(user.unionId),
            "name": .string(user.name), "status": status(user),
        ]
        if call.hasScope("contact:user.employee_id:readonly") {
            object["user_id"] = .string(user.userId)
        }
        if call.hasScope("contact:user.email:readonly"), let email = user.email {
            object["email"] = .string(email)
        }
        if call.hasScope("contact:user.phone:readonly"), let mobile = user.mobile {
            object["mobile"] = .string(mobile)
        }
        return .object(object)
    }

    private static func status(_ user: FeishuWorld.User) -> JSONValue {
        [
            "is_frozen": .bool(user.isFrozen), "is_resigned": .bool(user.isResigned),
            "is_activated": .bool(!user.isResigned && !user.isFrozen), "is_exited": false,
            "is_unjoin": false,
        ]
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

        /// One entry per matching account, or one without `user_id` when none matches.
        func entries(
            _ field: String, _ value: String, _ isMatch: (FeishuWorld.User) -> Bool
        ) -> [JSONValue] {
            let found = world.users.filter {
                isMatch($0) && world.isVisible($0, to: app) && (includesResigned || !$0.isResigned)
            }
            guard !found.isEmpty else { return [[field: .string(value)]] }
            return found.map { user in
                var object: [String: JSONValue] = [field: .string(value)]
                if showsUserId { object["user_id"] = .string(idType.id(of: user)) }
                object["status"] = FeishuContacts.status(user)
                return .object(object)
            }
        }
    }
}
