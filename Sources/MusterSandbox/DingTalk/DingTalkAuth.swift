/// Issues and checks DingTalk access tokens, on the virtual clock.
///
/// One token per app: asking again while it is valid returns the same token and extends it
/// to 7200 s from now, as `gettoken` is documented to do; a revoked or expired token is
/// replaced by a new one.
enum DingTalkAuth {
    static let lifetime = 7200

    /// Answers `POST v1.0/oauth2/accessToken` and `GET gettoken`.
    static func issue(
        appKey: String?, appSecret: String?, in world: inout DingTalkWorld, now: Double
    ) throws(DingTalkFailure) -> String {
        guard let app = world.apps.first(where: { $0.appKey == appKey }),
            app.appSecret == appSecret
        else { throw .invalidCredentials }
        let expiry = now + Double(lifetime)
        if let index = world.tokens.firstIndex(where: {
            $0.appKey == app.appKey && !$0.isRevoked && $0.expiresAt > now
        }) {
            world.tokens[index].expiresAt = expiry
            return world.tokens[index].token
        }
        let token = "dt" + String(world.nextSequence(), radix: 16).leftPadded(to: 30)
        world.tokens.append(
            .init(token: token, appKey: app.appKey, expiresAt: expiry, isRevoked: false))
        return token
    }

    /// The app a token belongs to, or the token error.
    static func authenticate(
        _ token: String?, world: DingTalkWorld, now: Double
    ) throws(DingTalkFailure) -> DingTalkSeed.App {
        guard let token, let record = world.tokens.first(where: { $0.token == token }),
            !record.isRevoked, let app = world.apps.first(where: { $0.appKey == record.appKey })
        else { throw .invalidToken }
        guard now < record.expiresAt else { throw .expiredToken }
        return app
    }
}
