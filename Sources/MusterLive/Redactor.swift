/// Removes credentials from what Muster logs: query parameters, headers and JSON fields.
///
/// The lists name every place a platform puts a secret: Flashduty's `app_key` query, Slack's
/// bearer header, DingTalk's and WeCom's `access_token` query and header, and the app secrets
/// in token requests. A redacted value becomes `<redacted>`.
package enum Redactor {
    /// Query parameters and JSON fields that hold secrets, compared case-insensitively.
    package static let secretNames: Set<String> = [
        "app_key", "access_token", "token", "corpsecret", "appsecret", "app_secret",
        "client_secret", "secret", "tenant_access_token", "accesstoken",
    ]

    /// Header fields that hold secrets.
    package static let secretHeaders: Set<String> = [
        "authorization", "x-acs-dingtalk-access-token", "cookie",
    ]

    /// The URL with every secret query value replaced.
    package static func redact(url: String) -> String {
        guard let question = url.firstIndex(of: "?") else { return url }
        let query = url[url.index(after: question)...]
        let items = query.split(separator: "&", omittingEmptySubsequences: false).map { item in
            let parts = item.split(separator: "=", maxSplits: 1)
            guard let name = parts.first, secretNames.contains(name.lowercased()) else {
                return String(item)
            }
            return "\(name)=<redacted>"
        }
        return url[..<question] + "?" + items.joined(separator: "&")
    }

    /// The header's value, or `<redacted>` for a secret one.
    package static func redact(header name: String, value: String) -> String {
        secretHeaders.contains(name.lowercased()) ? "<redacted>" : value
    }
}
