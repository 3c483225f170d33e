import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox

/// Reads what the planner needs from a generated organisation in the sandbox.
///
/// Flashduty's members and their full phones come first; then each IM platform's accounts
/// are read with its cheapest lookup, the four platforms at once. Every request is counted in
/// `log`, and the client-side rate limits are lifted so that only the request count matters.
struct OrgReader {
    /// A Flashduty member as the lookups need it.
    struct Member: Sendable {
        var id: Int
        var email: String?
        var mobile: String?
    }

    /// How many members each platform's lookup found an account for.
    struct Matches: Sendable {
        var slack = 0
        var feishu = 0
        var dingTalk = 0
        var weCom = 0
    }

    /// Lookups in flight at once on a platform with no batch call.
    static let lookupWidth = 16

    let server: SandboxServer
    let client: HTTPClient
    let log: RequestLog
    let limiter = RateLimiter(limits: { _ in .init(burst: 1e9, perSecond: 1e9) })

    /// The members, with their full phones (`persons(ids:)` in batches of 100).
    func members() async throws -> [Member] {
        let flashduty = FlashdutyAdapter(
            baseURL: url("flashduty"), appKey: SandboxSeedGenerator.flashdutyAppKey,
            transport: transport(FlashdutyErrorCode.verdict))
        let members = try await flashduty.members()
        let persons = try await flashduty.persons(ids: members.map(\.memberId))
        return persons.map { person in
            Member(id: person.personId, email: person.email, mobile: Self.mobile(person))
        }
    }

    /// Every member's account on each platform, the four platforms read at once.
    func accounts(of members: [Member]) async throws -> Matches {
        async let slack = slackMatches(members)
        async let feishu = feishuMatches(members)
        async let dingTalk = dingTalkMatches(members)
        async let weCom = weComMatches(members)
        return try await Matches(
            slack: slack, feishu: feishu, dingTalk: dingTalk, weCom: weCom)
    }

    // MARK: - Platforms

    /// Slack has no batch lookup: one `users.list` read, matched by email here.
    private func slackMatches(_ members: [Member]) async throws -> Int {
        let slack = SlackAdapter(
            baseURL: url("slack"), token: SandboxSeedGenerator.slackToken,
            transport: transport(SlackAdapter.verdict), workspace: "T0GENERATED")
        let users = try await slack.users()
        let emails = Set(users.compactMap { $0.email?.lowercased() })
        return members.filter { $0.email.map { emails.contains($0.lowercased()) } ?? false }.count
    }

    /// Feishu: `batch_get_id`, 50 emails and 50 mobiles a call.
    private func feishuMatches(_ members: [Member]) async throws -> Int {
        let credentials = SandboxSeedGenerator.feishuCredentials(.feishu)
        let feishu = FeishuAdapter(
            brand: .feishu, baseURL: url("feishu").replacingOccurrences(of: "/open-apis", with: ""),
            appID: credentials.appId, appSecret: credentials.secret,
            transport: transport(FeishuAdapter.verdict))
        let lookup = try await feishu.userIDs(
            emails: members.compactMap(\.email), mobiles: members.compactMap(\.mobile))
        return members.filter { member in
            member.email.map { lookup.byEmail[$0] != nil } == true
                || member.mobile.map { lookup.byMobile[$0] != nil } == true
        }.count
    }

    /// DingTalk has no batch lookup and none by email: one `getbymobile` per phone.
    private func dingTalkMatches(_ members: [Member]) async throws -> Int {
        let credentials = SandboxSeedGenerator.dingTalkCredentials
        let base = url("dingtalk")
        let dingTalk = DingTalkAdapter(
            options: DingTalkOptions(
                appKey: credentials.appKey, appSecret: credentials.secret, apiBaseURL: base,
                oapiBaseURL: base),
            client: client, limiter: limiter, log: log)
        let mobiles = members.compactMap(\.mobile)
        return try await Self.countFound(mobiles) { try await dingTalk.userID(mobile: $0) }
    }

    /// WeCom has no batch lookup: `getuserid` per phone, else `get_userid_by_email`.
    private func weComMatches(_ members: [Member]) async throws -> Int {
        let credentials = SandboxSeedGenerator.weComCredentials
        let weCom = WeComAdapter(
            options: WeComOptions(
                corpID: credentials.corpId, agentID: credentials.agentId,
                corpSecret: credentials.secret, baseURL: url("wecom")),
            client: client, limiter: limiter, log: log)
        return try await Self.countFound(members) { member in
            if let mobile = member.mobile { return try await weCom.userID(mobile: mobile) }
            guard let email = member.email else { return nil }
            return try await weCom.userID(email: email)
        }
    }

    // MARK: - Helpers

    private func transport(
        _ classify: @escaping @Sendable (HTTPClientResponse) -> ResponseVerdict
    ) -> PlatformTransport {
        PlatformTransport(client: client, limiter: limiter, log: log, classify: classify)
    }

    private func url(_ service: String) -> String {
        let url = server.endpoint(service)?.url ?? ""
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }

    /// A phone as the IM platforms take it: `+` and the country code, then the number.
    private static func mobile(_ person: FlashdutyPerson) -> String? {
        guard let phone = person.phone, !phone.isEmpty else { return nil }
        if phone.hasPrefix("+") { return phone }
        let code = person.countryCode ?? ""
        return (code.hasPrefix("+") || code.isEmpty ? code : "+" + code) + phone
    }

    /// Looks every item up, `lookupWidth` at a time, and counts those found.
    ///
    /// A platform's refusal of one lookup (an invalid mobile, say) counts as not found.
    private static func countFound<Item: Sendable>(
        _ items: [Item], _ lookUp: @escaping @Sendable (Item) async throws -> String?
    ) async throws -> Int {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            var next = 0
            var found = 0
            func addNext() {
                guard next < items.count else { return }
                let item = items[next]
                next += 1
                group.addTask {
                    do { return try await lookUp(item) != nil } catch is PlatformError {
                        return false
                    }
                }
            }
            for _ in 0..<lookupWidth { addNext() }
            while let isFound = try await group.next() {
                if isFound { found += 1 }
                addNext()
            }
            return found
        }
    }
}
