/// Where a WeCom self-built app lives and how it signs in.
///
/// The corp secret is resolved by the caller and never logged: it travels only in the
/// `corpsecret` query of `gettoken`, which the request log redacts.
package struct WeComOptions: Sendable {
    /// The server API, `https://qyapi.weixin.qq.com/cgi-bin/` unless pointed elsewhere.
    package var baseURL: String
    package var corpID: String
    package var agentID: Int
    package var corpSecret: String

    package init(
        corpID: String, agentID: Int, corpSecret: String,
        baseURL: String = "https://qyapi.weixin.qq.com/cgi-bin/"
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.corpID = corpID
        self.agentID = agentID
        self.corpSecret = corpSecret
    }
}
