/// An app's access token, fetched once and shared until shortly before it expires.
///
/// Concurrent calls that find no token wait on one request for it instead of each sending
/// their own. A token the platform refused is dropped only if it is still the cached one, so
/// a call that lost the race does not throw away the fresh token another call just fetched.
package actor AccessTokenCache {
    /// A token and the time it expires, in seconds since 1970.
    package struct Token: Sendable {
        package var value: String
        package var expiresAt: Double

        package init(value: String, expiresAt: Double) {
            self.value = value
            self.expiresAt = expiresAt
        }
    }

    private var token: Token?
    private var request: Task<Token, any Error>?
    private let now: @Sendable () -> Double
    /// Seconds before expiry at which a token counts as expired.
    private let margin: Double

    package init(margin: Double = 60, now: @escaping @Sendable () -> Double) {
        self.margin = margin
        self.now = now
    }

    /// The cached token, or one fetched with `fetch` when there is none or it is about to
    /// expire.
    package func value(fetch: @escaping @Sendable () async throws -> Token) async throws -> String {
        if let token, token.expiresAt > now() + margin { return token.value }
        if let request { return try await request.value.value }
        let fetching = Task { try await fetch() }
        request = fetching
        defer { request = nil }
        let fresh = try await fetching.value
        token = fresh
        return fresh.value
    }

    /// Drops the cached token if it is the one that was refused.
    package func invalidate(ifValue used: String) {
        if token?.value == used { token = nil }
    }
}
