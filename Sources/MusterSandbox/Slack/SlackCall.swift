/// One authenticated Web API call, as a method handler sees it.
struct SlackCall: Sendable {
    var parameters: SlackParameters
    var token: SlackWorld.Token
    var app: SlackWorld.App
    /// The virtual time of the call, in seconds since 1970.
    var now: Double

    /// The calling app's bot user, which acts in every call.
    var botUserId: String { app.botUserId }

    /// Whether the token was granted a scope.
    func hasScope(_ scope: String) -> Bool {
        token.scopes.contains(scope)
    }
}
