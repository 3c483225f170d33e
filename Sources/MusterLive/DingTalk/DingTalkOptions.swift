/// Where a DingTalk internal app lives and how it signs in.
///
/// The app key and secret are resolved by the caller (from the environment or a secret
/// store) and are never logged: they travel only in the body of the token request.
package struct DingTalkOptions: Sendable {
    /// The v1.0 API, `https://api.dingtalk.com` unless pointed elsewhere.
    package var apiBaseURL: String
    /// The old oapi, `https://oapi.dingtalk.com` unless pointed elsewhere.
    package var oapiBaseURL: String
    package var appKey: String
    package var appSecret: String
    /// Members asked for per `sceneGroups/members/query` page; DingTalk allows 1-1000.
    package var memberPageSize: Int

    package init(
        appKey: String, appSecret: String, apiBaseURL: String = "https://api.dingtalk.com",
        oapiBaseURL: String = "https://oapi.dingtalk.com", memberPageSize: Int = 1000
    ) {
        precondition((1...1000).contains(memberPageSize), "DingTalk pages hold 1-1000 members")
        self.apiBaseURL = apiBaseURL
        self.oapiBaseURL = oapiBaseURL
        self.appKey = appKey
        self.appSecret = appSecret
        self.memberPageSize = memberPageSize
    }
}
