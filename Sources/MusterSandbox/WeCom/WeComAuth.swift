/// Issues and checks WeCom access tokens, on the virtual clock.
///
/// One token per app: asking again while it is valid returns the same token and extends it
/// to 7200 s from now; a revoked or expired token is replaced.
enum WeComAuth {
    static let lifetime = 7200

    /// Answers `gettoken?corpid&corpsecret`.
    static func issue(
        corpId: String?, secret: String?, in world: inout WeComWorld, now: Double
    ) throws(WeComFailure) -> String {
        guard let corpId, !corpId.isEmpty else { throw .missingCorpId }
        guard corpId == world.corpId else { throw .invalidCorpId }
        guard let secret, !secret.isEmpty else { throw .missingSecret }
        guard let app = world.apps.first(where: { $0.secret == secret }) else {
            throw .invalidSecret
        }
        let expiry = now + Double(lifetime)
        if let index = world.tokens.firstIndex(where: {
            $0.agentId == app.agentId && !$0.isRevoked && $0.expiresAt > now
        }) {
            world.tokens[index].expiresAt = expiry
            return world.tokens[index].token
        }
        let token = "wx" + String(world.nextSequence(), radix: 16).leftPadded(to: 40)
        world.tokens.append(
            .init(token: token, agentId: app.agentId, expiresAt: expiry, isRevoked: false))
        return token
    }

    /// The app a token belongs to, or 41001, 40014 or 42001.
    static func authenticate(
        _ token: String?, world: WeComWorld, now: Double
    ) throws(WeComFailure) -> WeComSeed.App {
        guard let token, !token.isEmpty else { throw .missingToken }
        guard let record = world.tokens.first(where: { $0.token == token }), !record.isRevoked,
            let app = world.apps.first(where: { $0.agentId == record.agentId })
        else { throw .invalidToken }
        guard now < record.expiresAt else { throw .expiredToken }
        return app
    }
}
