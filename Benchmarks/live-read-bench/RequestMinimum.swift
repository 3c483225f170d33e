import MusterSandbox

/// The fewest requests each read can make, given the platforms' page and batch sizes.
///
/// Keyed like the `RequestLog`: platform, then method. Each access token costs one request.
enum RequestMinimum {
    /// Members a Flashduty list page or `/person/infos` call holds.
    static let flashdutyPage = 100
    /// The largest `users.list` limit the Slack adapter allows (Slack takes up to 999).
    static let slackPage = 999
    /// Emails, and mobiles, one Feishu `batch_get_id` takes.
    static let feishuBatch = 50

    /// The minimum per platform and method for reading `members`, of whom `phones` have a
    /// phone, from a sandbox whose Slack workspace lists `slackUsers` users.
    static func table(members: Int, phones: Int, slackUsers: Int) -> [String: [String: Int]] {
        [
            "flashduty": [
                "/member/list": pages(members, flashdutyPage),
                "/person/infos": pages(members, flashdutyPage),
            ],
            "slack": ["users.list": max(1, pages(slackUsers, slackPage))],
            "feishu": [
                "auth.v3.tenant_access_token.internal": 1,
                "contact.v3.user.batch_get_id": pages(max(members, phones), feishuBatch),
            ],
            "dingtalk": ["v1.0/oauth2/accessToken": 1, "topapi/v2/user/getbymobile": phones],
            "wecom": [
                "gettoken": 1, "user/getuserid": phones,
                "user/get_userid_by_email": members - phones,
            ],
        ]
    }

    private static func pages(_ count: Int, _ size: Int) -> Int {
        (count + size - 1) / size
    }
}
