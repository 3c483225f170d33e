/// The old oapi user lookups, which find in-service people only.
enum DingTalkUsers {
    /// `topapi/v2/user/getbymobile {mobile}` → `{result:{userid}}`, or 60121.
    static func byMobile(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        guard let user = world.user(mobile: try call.required("mobile")) else {
            throw .userNotFound
        }
        return ["result": ["userid": .string(user.userId)], "request_id": "sandbox"]
    }

    /// `topapi/v2/user/get {userid}` → `{result:{userid, unionid, name, active}}`; 50002 for
    /// someone outside the app's contact range, 60121 for nobody in service.
    static func byUserId(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        guard let user = world.activeUser(try call.required("userid")) else {
            throw .userNotFound
        }
        guard world.isInContactRange(user, of: call.app) else { throw .outsideContactRange }
        let result: JSONValue = [
            "userid": .string(user.userId), "unionid": .string(user.unionId),
            "name": .string(user.name), "active": .bool(user.isActivated != false),
        ]
        return ["result": result, "request_id": "sandbox"]
    }

    /// `topapi/user/getbyunionid {unionid}` → `{result:{userid, contact_type}}`, or 60121.
    static func byUnionId(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let user = try find(unionId: call.required("unionid"), world)
        return ["result": ["userid": .string(user.userId), "contact_type": 0]]
    }

    /// The archived `user/getUseridByUnionid?unionid=` → `{userid, contactType}`.
    static func legacyByUnionId(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let user = try find(unionId: call.required("unionid"), world)
        return ["userid": .string(user.userId), "contactType": 0]
    }

    private static func find(
        unionId: String, _ world: DingTalkWorld
    ) throws(DingTalkFailure) -> DingTalkSeed.User {
        guard let user = world.users.first(where: { $0.unionId == unionId && $0.isActive != false })
        else { throw .userNotFound }
        return user
    }
}
