import MusterLive
import MusterPlan
import MusterSandbox

/// The fewest requests a binding read can make, given the platforms' page and batch sizes.
///
/// Keyed like the `RequestLog`: platform, then method. Each access token costs one request,
/// and each app read (identity, scopes) one. The addresses and the accounts found come from
/// what the read observed, so the minimum counts what had to be asked, not what the seed holds.
enum RequestMinimum {
    /// Members a Flashduty list page or `/person/infos` call holds.
    static let flashdutyPage = 100
    /// The largest `users.list` limit Slack takes.
    static let slackPage = 999
    /// Emails, and mobiles, one Feishu `batch_get_id` takes.
    static let feishuBatch = 50

    /// The minimum per platform and method for reading `observed`, planned from `seed`.
    static func table(
        observed: ObservedState, seed: SandboxSeed, integrations: [String: SeedPlatform]
    ) -> [String: [String: Int]] {
        let members = observed.service.members.filter { $0.status != "deleted" }.count
        var table: [String: [String: Int]] = [
            "flashduty": [
                "/member/list": pages(observed.service.members.count, flashdutyPage),
                "/person/infos": pages(members, flashdutyPage),
                "/team/list": max(1, pages(observed.service.teams.count, flashdutyPage)),
                "/role/list": 1, "/role/permission/list": 1,
                "/datasource/im/war-room-enabled/list": 1,
            ]
        ]
        for (name, platform) in integrations {
            let directory = observed.directories[name] ?? ObservedDirectory()
            table[platform.rawValue] = platformTable(platform, directory, seed: seed)
        }
        return table
    }

    private static func platformTable(
        _ platform: SeedPlatform, _ directory: ObservedDirectory, seed: SandboxSeed
    ) -> [String: Int] {
        let emails = directory.matches.keys.filter { $0.method == .email }.count
        let phones = directory.matches.keys.filter { $0.method == .phone }.count
        let found = Set(directory.matches.values.flatMap { $0.map(\.id) }.filter { !$0.isEmpty })
        switch platform {
        case .slack:
            return [
                "auth.test": 1,
                "users.list": max(1, pages(seed.slack?.users.count ?? 0, slackPage)),
            ]
        case .feishu, .lark:
            return [
                "auth.v3.tenant_access_token.internal": 1, "application.v6.scope.list": 1,
                "contact.v3.user.batch_get_id": pages(max(emails, phones), feishuBatch),
            ]
        case .dingtalk:
            return [
                "v1.0/oauth2/accessToken": 1, "topapi/v2/user/getbymobile": phones,
                "topapi/v2/user/get": found.count,
            ]
        case .wecom:
            return [
                "gettoken": 1, "user/get_userid_by_email": emails, "user/getuserid": phones,
                "user/get": found.count,
            ]
        }
    }

    private static func pages(_ count: Int, _ size: Int) -> Int {
        (count + size - 1) / size
    }
}

/// How long the published client-side limits alone make a read wait.
enum LimiterFloor {
    /// Seconds per platform: each bucket lets its burst through at once and the rest at its
    /// rate, and a platform's buckets are drained one after another, as the readers call.
    static func seconds(_ requests: [String: [String: Int]]) -> [String: Double] {
        requests.reduce(into: [:]) { floors, entry in
            let (platform, methods) = entry
            var perBucket: [String: Int] = [:]
            for (method, count) in methods {
                perBucket[family(platform, method), default: 0] += count
            }
            floors[platform] = perBucket.reduce(0) { total, bucket in
                let key = BucketKey(platform: platform, tenant: "", family: bucket.key)
                let limit = RateLimits.published(key)
                return total + max(0, Double(bucket.value) - limit.burst) / limit.perSecond
            }
        }
    }

    /// The bucket family of a method: Flashduty has one for the account, Slack one per tier
    /// (users.list is Tier 2, auth.test "special"), the others one per API.
    private static func family(_ platform: String, _ method: String) -> String {
        switch platform {
        case "flashduty": return "api"
        case "slack": return method == "auth.test" ? "special" : "tier2"
        default: return method
        }
    }
}
