import MusterHTTPServer

/// Runs one Web API call against the workspace: authentication, rate limit, scopes, handler.
enum SlackDispatcher {
    /// The answer to a call, and whether it changed the workspace.
    struct Outcome {
        var response: HTTPResponse
        var changed: Bool
    }

    /// Runs the call's checks in Slack's order, then the method's handler.
    static func run(
        _ method: SlackMethod, parameters: SlackParameters, token: String?,
        in world: inout SlackWorld, now: Double
    ) -> Outcome {
        let accepted = method.acceptedScopes
        let call: SlackCall
        do {
            call = try authenticate(token, parameters: parameters, world: world, now: now)
        } catch {
            return failed(error, granted: nil, accepted: accepted)
        }

        let granted = call.token.scopes
        let key = rateKey(method, call)
        if let retryAfter = world.admitCall(key: key, tier: method.tier, now: now) {
            let response = SlackResponse.rateLimited(
                retryAfter: retryAfter, grantedScopes: granted, acceptedScopes: accepted)
            return Outcome(response: response, changed: false)
        }

        do {
            try checkScopes(method.requiredScopes(world, parameters), granted: granted)
            var fields = try method.handler(&world, call)
            fields["ok"] = true
            let response = SlackResponse.make(
                .object(fields), grantedScopes: granted, acceptedScopes: accepted)
            return Outcome(response: response, changed: method.isMutating)
        } catch {
            return failed(error, granted: granted, accepted: accepted)
        }
    }

    private static func failed(
        _ error: SlackFailure, granted: [String]?, accepted: [String]
    )
        -> Outcome
    {
        let response = SlackResponse.make(
            error.body, grantedScopes: granted, acceptedScopes: accepted)
        return Outcome(response: response, changed: false)
    }

    private static func authenticate(
        _ token: String?, parameters: SlackParameters, world: SlackWorld, now: Double
    ) throws(SlackFailure) -> SlackCall {
        guard let token else { throw SlackFailure("not_authed") }
        guard let record = world.tokens.first(where: { $0.token == token }),
            let app = world.apps.first(where: { $0.id == record.appId })
        else { throw SlackFailure("invalid_auth") }
        guard !record.isRevoked else { throw SlackFailure("token_revoked") }
        if let expiry = record.expiresAt, now >= expiry { throw SlackFailure("token_expired") }
        return SlackCall(parameters: parameters, token: record, app: app, now: now)
    }

    private static func checkScopes(_ required: [[String]], granted: [String]) throws(SlackFailure)
    {
        for alternatives in required where !alternatives.contains(where: granted.contains) {
            throw SlackFailure(
                "missing_scope",
                extra: [
                    "needed": .string(alternatives.first ?? ""),
                    "provided": .string(granted.joined(separator: ",")),
                ])
        }
    }

    /// Tiers count per token and method; chat.postMessage also per channel.
    private static func rateKey(_ method: SlackMethod, _ call: SlackCall) -> String {
        let base = "\(call.token.token) \(method.name)"
        guard method.tier == .postMessage else { return base }
        return base + " " + (call.parameters["channel"] ?? "")
    }
}
