import Foundation
import MusterHTTP
import MusterLive
import MusterModel

/// One integration's IM app adapter, whichever its platform.
package enum AppAdapter: Sendable {
    case slack(SlackAdapter)
    case feishu(FeishuAdapter)
    case dingtalk(DingTalkAdapter)
    case wecom(WeComAdapter)
}

/// The adapters of one run, on one HTTP client, one rate limiter and one request log.
///
/// Every request of a plan or an apply goes through these, so the log's counts are the run's
/// whole cost.
package struct LiveConnections: Sendable {
    package let client: HTTPClient
    package let limiter: RateLimiter
    package let log: RequestLog
    package let service: FlashdutyAdapter
    /// By integration name.
    package let apps: [String: AppAdapter]
    /// DingTalk robots, by integration name.
    package let robotCodes: [String: String]

    /// - Parameters:
    ///   - access: Where each platform is, and the resolved credentials.
    ///   - verbose: Where each request's log line goes; nil keeps the run quiet.
    ///   - pacing: How calls wait; tests and benchmarks simulate the waits.
    package init(
        access: LiveAccess, verbose: (@Sendable (String) -> Void)? = nil,
        pacing: CallPacing = .published
    ) {
        let client = HTTPClient()
        let limiter = pacing.makeLimiter()
        let log = RequestLog(verbose: verbose)
        self.client = client
        self.limiter = limiter
        self.log = log
        service = FlashdutyAdapter(
            baseURL: access.serviceEndpoint, appKey: access.serviceAppKey,
            transport: PlatformTransport(
                client: client, limiter: limiter, log: log, classify: FlashdutyErrorCode.verdict,
                sleep: pacing.sleep))
        var apps: [String: AppAdapter] = [:]
        for (name, app) in access.apps {
            apps[name] = Self.makeAdapter(app, name: name, client, limiter, log, pacing.sleep)
        }
        self.apps = apps
        robotCodes = access.apps.compactMapValues(\.robotCode)
    }

    private static func makeAdapter(
        _ app: LiveAccess.App, name: String, _ client: HTTPClient, _ limiter: RateLimiter,
        _ log: RequestLog, _ sleep: @escaping @Sendable (Double) async throws -> Void
    ) -> AppAdapter {
        let field = { (key: String) in app.credentials[key] ?? "" }
        let transport = { (verdict: @escaping @Sendable (HTTPClientResponse) -> ResponseVerdict) in
            PlatformTransport(
                client: client, limiter: limiter, log: log, classify: verdict, sleep: sleep)
        }
        switch app.platform {
        case .slack:
            return .slack(
                SlackAdapter(
                    baseURL: app.endpoint ?? "https://slack.com/api/", token: field("botToken"),
                    transport: transport(SlackAdapter.verdict), workspace: name))
        case .feishu, .lark:
            let brand: FeishuAdapter.Brand = app.platform == .lark ? .lark : .feishu
            return .feishu(
                FeishuAdapter(
                    brand: brand, baseURL: app.endpoint.map(Self.feishuRoot), appID: field("appId"),
                    appSecret: field("appSecret"), transport: transport(FeishuAdapter.verdict)))
        case .dingtalk:
            var options = DingTalkOptions(appKey: field("appKey"), appSecret: field("appSecret"))
            if let endpoint = app.endpoint {
                options.apiBaseURL = endpoint
                options.oapiBaseURL = endpoint
            }
            return .dingtalk(
                DingTalkAdapter(
                    options: options, client: client, limiter: limiter, log: log, sleep: sleep))
        case .wecom:
            let options = WeComOptions(
                corpID: field("corpId"), agentID: Int(field("agentId")) ?? 0,
                corpSecret: field("corpSecret"),
                baseURL: app.endpoint ?? "https://qyapi.weixin.qq.com/cgi-bin/")
            return .wecom(
                WeComAdapter(
                    options: options, client: client, limiter: limiter, log: log, sleep: sleep))
        }
    }

    /// Feishu's endpoint without the `/open-apis` path the adapter adds itself.
    private static func feishuRoot(_ endpoint: String) -> String {
        var root = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        if root.hasSuffix("/open-apis") { root = String(root.dropLast("/open-apis".count)) }
        return root
    }

    /// Requests sent so far, by platform.
    package var requestCounts: [String: Int] {
        log.counters.mapValues { $0.values.reduce(0, +) }
    }

    /// Requests sent since an earlier `requestCounts`, by platform.
    package func requestCounts(since earlier: [String: Int]) -> [String: Int] {
        requestCounts.reduce(into: [:]) { reads, entry in
            reads[entry.key] = entry.value - (earlier[entry.key] ?? 0)
        }
    }
}
