import Foundation

/// `POST /open-apis/auth/v3/tenant_access_token/internal`: a custom app's tenant token.
///
/// A token lives two hours. While more than 30 minutes remain the same token comes back, with
/// the seconds it has left; after that the call issues a new one and the old stays valid until
/// it expires, as Feishu documents.
enum FeishuTenantTokens {
    /// A token's lifetime in seconds.
    static let lifetime: Double = 7200
    /// Below this many seconds left, a request gets a new token.
    static let renewalMargin: Double = 1800

    /// The token endpoint's answer: fields at the top level, not in `data`.
    static func issue(
        body: [String: JSONValue], in world: inout FeishuWorld, now: Double
    ) throws(FeishuFailure) -> [String: JSONValue] {
        guard let appId = body["app_id"]?.stringValue, !appId.isEmpty,
            let secret = body["app_secret"]?.stringValue, !secret.isEmpty
        else { throw FeishuFailure(10003, "invalid param") }
        guard let app = world.apps.first(where: { $0.appId == appId }) else {
            throw FeishuFailure(10003, "invalid param: app_id not found")
        }
        guard app.appSecret == secret else { throw FeishuFailure(10014, "app secret invalid") }
        let token = current(appId, world: world, now: now) ?? mint(appId, in: &world, now: now)
        return [
            "code": 0, "msg": "ok", "tenant_access_token": .string(token.token),
            "expire": .integer(Int(token.expiresAt - now)),
        ]
    }

    private static func current(
        _ appId: String, world: FeishuWorld, now: Double
    ) -> FeishuWorld.TenantToken? {
        world.tokens.last {
            $0.appId == appId && !$0.isRevoked && $0.expiresAt - now > renewalMargin
        }
    }

    private static func mint(
        _ appId: String, in world: inout FeishuWorld, now: Double
    ) -> FeishuWorld.TenantToken {
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let token = FeishuWorld.TenantToken(
            token: "t-g1" + String(world.nextSequence()) + suffix, appId: appId, issuedAt: now,
            expiresAt: now + lifetime, isRevoked: false)
        // Tokens a day past expiry are forgotten, so the list stays short; younger ones still
        // answer 99991677 rather than 99991663.
        world.tokens.removeAll { $0.expiresAt <= now - 86400 }
        world.tokens.append(token)
        return token
    }
}
