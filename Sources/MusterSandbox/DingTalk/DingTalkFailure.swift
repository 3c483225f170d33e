/// A DingTalk error, rendered in the wire format of the API generation that was called.
///
/// v1.0 answers HTTP 4xx with `{code, message, requestid}`; the old oapi answers HTTP 200 with
/// `{errcode, errmsg}`. Codes marked unconfirmed in im-platforms.md §3 are documented as such
/// in docs/sandbox.md.
enum DingTalkFailure: Error, Equatable {
    /// No token, or one the organisation never issued or has revoked.
    case invalidToken
    /// A token past its `expireIn`.
    case expiredToken
    /// `gettoken` or `oauth2/accessToken` with an unknown app key or a wrong secret.
    case invalidCredentials
    /// The app lacks a permission point.
    case permissionDenied(String)
    /// More calls than the app's limit for this API in one second.
    case qpsLimited
    /// A required field is missing or malformed.
    case invalidParameter(String)
    /// A userid that names nobody in service.
    case unknownUserId(String)
    /// A lookup found no in-service user.
    case userNotFound
    /// The user is outside the app's contact range (oapi 50002, seen in public client code
    /// and logs for `user/get`).
    case outsideContactRange
    /// No live group has this id.
    case groupNotFound(String)
    /// An injected server error.
    case serverError(Int)

    /// The v1.0 answer: HTTP status and `{code, message, requestid, accessdenieddetail?}`.
    func v1Response(requestId: String) -> (status: Int, body: JSONValue) {
        var body: [String: JSONValue] = [
            "code": .string(v1Code), "message": .string(message),
            "requestid": .string(requestId),
        ]
        if case .permissionDenied(let permission) = self {
            body["accessdenieddetail"] = ["requiredScopes": [.string(permission)]]
        }
        return (v1Status, .object(body))
    }

    /// The old oapi answer: `{errcode, errmsg}`, on HTTP 200 except for server errors.
    var oapiResponse: (status: Int, body: JSONValue) {
        let status: Int
        if case .serverError(let code) = self { status = code } else { status = 200 }
        return (status, ["errcode": .integer(errcode), "errmsg": .string(message)])
    }

    private var v1Status: Int {
        switch self {
        case .permissionDenied, .qpsLimited: return 403
        case .groupNotFound: return 404
        case .serverError(let status): return status
        default: return 400
        }
    }

    private var v1Code: String {
        switch self {
        case .invalidToken, .expiredToken: return "InvalidAuthentication"
        case .invalidCredentials: return "invalidClientIdOrSecret"
        case .permissionDenied: return "Forbidden.AccessDenied.AccessTokenPermissionDenied"
        case .qpsLimited: return "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"
        // Only the oapi answers outsideContactRange; v1.0 never raises it.
        case .invalidParameter, .unknownUserId, .userNotFound, .outsideContactRange:
            return "invalidParameter"
        case .groupNotFound: return "resource.not.found"
        case .serverError: return "ServiceUnavailable"
        }
    }

    private var errcode: Int {
        switch self {
        case .invalidToken: return 40014
        case .expiredToken: return 42001
        case .invalidCredentials: return 40001
        case .permissionDenied: return 60011
        case .qpsLimited: return 90018
        case .invalidParameter, .groupNotFound: return 40035
        case .unknownUserId: return 33012
        case .userNotFound: return 60121
        case .outsideContactRange: return 50002
        case .serverError: return -1
        }
    }

    private var message: String {
        switch self {
        case .invalidToken: return "不合法的access_token"
        case .expiredToken: return "access_token超时"
        case .invalidCredentials: return "无效的appKey或appSecret"
        case .permissionDenied(let permission): return "没有调用该接口的权限: \(permission)"
        case .qpsLimited: return "app调用该接口超过每秒限流阈值"
        case .invalidParameter(let detail): return "不合法的参数: \(detail)"
        case .unknownUserId(let id): return "无效的userid: \(id)"
        case .userNotFound: return "找不到该用户"
        case .outsideContactRange: return "请求的员工userid不在授权范围内"
        case .groupNotFound(let id): return "群不存在: \(id)"
        case .serverError: return "系统繁忙"
        }
    }
}
