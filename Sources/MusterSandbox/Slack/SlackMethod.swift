/// One emulated Web API method: its tier, its scopes and its handler.
///
/// The handler runs inside the store's critical section with the workspace `inout`, and either
/// returns the success fields (without `ok`) or throws the Slack error.
struct SlackMethod: Sendable {
    typealias Handler =
        @Sendable (inout SlackWorld, SlackCall) throws(SlackFailure) -> [String: JSONValue]
    /// Returns the scopes a call needs: every inner list must meet at least one of its scopes.
    typealias ScopeRule = @Sendable (SlackWorld, SlackParameters) -> [[String]]

    var name: String
    var tier: SlackTier
    /// The value of `x-accepted-oauth-scopes`.
    var acceptedScopes: [String]
    /// Whether a successful call changes the workspace, and so is saved.
    var isMutating: Bool
    var requiredScopes: ScopeRule
    var handler: Handler
}
