/// A Feishu business error: `{code, msg, error}` on HTTP 400 unless said otherwise.
struct FeishuFailure: Error, Equatable {
    var code: Int
    var msg: String
    var status = 400
    /// The `error` object's members besides `log_id`, such as `permission_violations`.
    var detail: [String: JSONValue] = [:]
    var headers: [String: String] = [:]

    init(
        _ code: Int, _ msg: String, status: Int = 400, detail: [String: JSONValue] = [:],
        headers: [String: String] = [:]
    ) {
        self.code = code
        self.msg = msg
        self.status = status
        self.detail = detail
        self.headers = headers
    }

    /// 99991661: no token on a call that needs one.
    static let missingToken = FeishuFailure(
        99991661,
        "Missing access token for authorization. Please make a request with token attached.")
    /// 99991663: a token this tenant never issued, or one revoked.
    static let invalidToken = FeishuFailure(
        99991663,
        "Invalid access token for authorization. Please make a request with token attached.")
    /// 99991677: a token past its two hours.
    static let expiredToken = FeishuFailure(
        99991677, "Authentication token expired. Please refresh the token and try again.")

    /// 99992402: a field breaks the API's validation rules.
    static func fieldViolation(_ field: String, _ description: String) -> FeishuFailure {
        FeishuFailure(
            99992402, "field validation failed",
            detail: [
                "field_violations": [
                    ["field": .string(field), "description": .string(description)]
                ]
            ])
    }

    /// 99991400: frequency control, on HTTP 429 with the `x-ogw-ratelimit-*` headers.
    static func rateLimited(limit: Int, resetSeconds: Int) -> FeishuFailure {
        FeishuFailure(
            99991400, "request trigger frequency limit", status: 429,
            headers: [
                "x-ogw-ratelimit-limit": String(limit),
                "x-ogw-ratelimit-reset": String(resetSeconds),
            ])
    }

    /// 99991672: the app has none of the scopes the call accepts.
    static func missingScope(_ scopes: [String], appId: String, host: String) -> FeishuFailure {
        let list = "[" + scopes.joined(separator: ", ") + "]"
        let url =
            "https://\(host)/app/\(appId)/auth?q=\(scopes.joined(separator: ","))"
            + "&op_from=openapi&token_type=tenant"
        return FeishuFailure(
            99991672,
            "Access denied. One of the following scopes is required: \(list)."
                + "应用尚未开通所需的应用身份权限：\(list)，点击链接申请并开通任一权限即可：\(url)",
            detail: [
                "permission_violations": .array(
                    scopes.map { ["type": "action_scope_required", "subject": .string($0)] }),
                "helps": [
                    [
                        "url": .string(url),
                        "description": "Click the link to apply for and enable any of the scopes",
                    ]
                ],
            ])
    }
}
