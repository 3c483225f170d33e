import MusterModel

/// The credentials a seed's apps accept, so that `--sandbox` runs need no secrets at all.
///
/// Each platform's first app is the one Muster uses; its fields are named as the Integration
/// document's `credentials` name them (`botToken`, `appId`, `appSecret`, …).
package struct SandboxCredentials: Sendable, Equatable {
    /// The first app key that is not revoked.
    package var serviceAppKey: String?
    /// Credential fields by platform.
    package var apps: [Platform: [String: String]]

    /// The credentials of a seed's first app on each platform.
    package init(seed: SandboxSeed) {
        serviceAppKey = seed.flashduty?.appKeys.first { $0.isRevoked != true }?.key
        var apps: [Platform: [String: String]] = [:]
        if let token = seed.slack?.apps.first?.tokens.first(where: { $0.isRevoked != true }) {
            apps[.slack] = ["botToken": token.token]
        }
        for (platform, section) in [(Platform.feishu, seed.feishu), (.lark, seed.lark)] {
            if let app = section?.apps.first {
                apps[platform] = ["appId": app.appId, "appSecret": app.appSecret]
            }
        }
        if let app = seed.dingtalk?.apps.first {
            apps[.dingtalk] = ["appKey": app.appKey, "appSecret": app.appSecret]
        }
        if let wecom = seed.wecom, let app = wecom.apps.first {
            apps[.wecom] = [
                "corpId": wecom.corpId, "agentId": String(app.agentId), "corpSecret": app.secret,
            ]
        }
        self.apps = apps
    }
}
