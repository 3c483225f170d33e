/// The kinds of user id the Open API takes in `user_id_type` and `member_id_type`.
enum FeishuIDType: String, Sendable {
    case openId = "open_id"
    case userId = "user_id"
    case unionId = "union_id"

    /// The type a query names under `parameter`, open_id when it names none.
    ///
    /// - Throws: 99992402 for a type Feishu does not know.
    static func read(
        _ parameter: String, from call: FeishuCall
    ) throws(FeishuFailure)
        -> FeishuIDType
    {
        guard let text = call.query[parameter], !text.isEmpty else { return .openId }
        guard let type = FeishuIDType(rawValue: text) else {
            throw .fieldViolation(
                parameter, "\(parameter) is not one of open_id, user_id, union_id")
        }
        return type
    }

    /// A user's id of this type.
    func id(of user: FeishuWorld.User) -> String {
        switch self {
        case .openId: return user.openId
        case .userId: return user.userId
        case .unionId: return user.unionId
        }
    }

    /// The error Feishu gives when an id of this type names nobody.
    var notFound: FeishuFailure {
        switch self {
        case .openId: return FeishuFailure(99992351, "The open_id does not exist")
        case .userId: return FeishuFailure(99992360, "The user_id does not exist")
        case .unionId: return FeishuFailure(99992364, "The union_id does not exist")
        }
    }
}
