/// User lookups by mobile and by email, within the app's visibility.
enum WeComUsers {
    /// `user/getuserid {mobile}` → `{userid}`; 46004 when nobody active has it, 60011 when
    /// the app cannot see the one who has.
    static func byMobile(
        _ world: inout WeComWorld, _ call: WeComCall
    ) throws(WeComFailure) -> [String: JSONValue] {
        guard let mobile = call.string("mobile"), (5...32).contains(mobile.utf8.count) else {
            throw .invalidMobile
        }
        let wanted = PhoneDigits.of(mobile)
        let candidates = mobile.hasPrefix("+") ? [wanted] : [wanted, "86" + wanted]
        let user = world.users.first { user in
            guard user.isActive != false, let own = user.mobile else { return false }
            let ownDigits = PhoneDigits.of(own)
            return candidates.contains(ownDigits) || candidates.contains("86" + ownDigits)
        }
        return try found(user, call, world)
    }

    /// `user/get_userid_by_email {email, email_type}`: 1 the corporate mailbox (default), 2
    /// the personal email.
    static func byEmail(
        _ world: inout WeComWorld, _ call: WeComCall
    ) throws(WeComFailure) -> [String: JSONValue] {
        guard let email = call.string("email")?.lowercased(), !email.isEmpty else {
            throw WeComFailure(40035, "invalid parameter: email")
        }
        let personal = call.string("email_type") == "2"
        let user = world.users.first { user in
            user.isActive != false && (personal ? user.email : user.bizMail)?.lowercased() == email
        }
        return try found(user, call, world)
    }

    /// `user/get?userid=` → `{userid, name, department, status}`: 1 active, 2 disabled; 60111
    /// for a userid nobody in the corporation has, 60011 outside the visibility.
    static func byUserId(
        _ world: inout WeComWorld, _ call: WeComCall
    ) throws(WeComFailure) -> [String: JSONValue] {
        guard let id = call.string("userid"), !id.isEmpty else {
            throw WeComFailure(40035, "invalid parameter: userid")
        }
        guard let user = world.users.first(where: { $0.userId == id && $0.isActive != false })
        else { throw .userIdNotFound }
        guard world.isVisible(user, to: call.app) else { throw .outsideVisibility }
        return [
            "userid": .string(user.userId), "name": .string(user.name),
            "department": .array(user.departments.map { .integer($0) }),
            "status": .integer(user.isDisabled == true ? 2 : 1),
        ]
    }

    /// Checks that a userid names an active user the app can see.
    ///
    /// - Throws: `unknown` for a userid not in the directory, 60011 outside the visibility.
    static func visibleUser(
        _ id: String, to app: WeComSeed.App, in world: WeComWorld, else unknown: WeComFailure
    ) throws(WeComFailure) {
        guard let user = world.activeUser(id) else { throw unknown }
        guard world.isVisible(user, to: app) else { throw .outsideVisibility }
    }

    private static func found(
        _ user: WeComSeed.User?, _ call: WeComCall, _ world: WeComWorld
    ) throws(WeComFailure) -> [String: JSONValue] {
        guard let user else { throw .userNotFound }
        guard world.isVisible(user, to: call.app) else { throw .outsideVisibility }
        return ["userid": .string(user.userId)]
    }

    /// Only the digits; a leading 86 without a + is matched by the callers.
}
