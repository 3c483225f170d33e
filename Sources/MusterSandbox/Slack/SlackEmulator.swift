import MusterHTTPServer

/// The Slack Web API at `/api/<method>`, faithful to the wire facts in im-platforms.md §1.
///
/// Every answer is JSON with `x-accepted-oauth-scopes`, plus `x-oauth-scopes` once the token
/// is known. Checks run in Slack's order: the body, the token, the method's rate-limit tier,
/// the scopes, then the method's own rules. Logical errors are HTTP 200 with `ok:false`; a
/// full rate-limit window is HTTP 429 with `Retry-After`.
struct SlackEmulator: PlatformEmulator {
    let service = "slack"
    let portOffset: UInt16 = 1
    let basePath = "/api/"

    func operation(for request: HTTPRequest) -> String {
        request.path.hasPrefix("/api/") ? String(request.path.dropFirst(5)) : request.path
    }

    func respond(to request: HTTPRequest, in store: SandboxStore) -> HTTPResponse {
        guard request.path.hasPrefix("/api/") else {
            return SlackResponse.make(SlackFailure("unknown_method").body, status: 404)
        }
        guard let method = SlackMethodCatalog.methods[operation(for: request)] else {
            return SlackResponse.make(SlackFailure("unknown_method").body)
        }
        let accepted = method.acceptedScopes
        let parameters: SlackParameters
        do {
            parameters = try SlackRequestReader.parameters(of: request)
        } catch {
            return SlackResponse.make(error.body, acceptedScopes: accepted)
        }
        let token = SlackRequestReader.token(of: request, parameters: parameters)
        return store.update { world in
            let now = world.clock.now
            let outcome = SlackDispatcher.run(
                method, parameters: parameters, token: token, in: &world.slack, now: now)
            return (outcome.response, outcome.changed)
        }
    }

    /// Renders a fault with the scope headers a real answer to the same call would carry.
    func respond(
        toFault fault: FaultRule, request: HTTPRequest, in store: SandboxStore
    )
        -> HTTPResponse
    {
        let accepted = SlackMethodCatalog.methods[operation(for: request)]?.acceptedScopes ?? []
        let parameters = (try? SlackRequestReader.parameters(of: request)) ?? SlackParameters([:])
        let token = SlackRequestReader.token(of: request, parameters: parameters)
        let granted = store.read { world in
            world.slack.tokens.first { $0.token == token }?.scopes
        }
        switch fault.kind {
        case .rateLimited:
            return SlackResponse.rateLimited(
                retryAfter: fault.retryAfter ?? 1, grantedScopes: granted,
                acceptedScopes: accepted)
        case .serverError:
            let status = fault.status ?? 500
            let code = status == 503 ? "service_unavailable" : "internal_error"
            return SlackResponse.make(SlackFailure(code).body, status: status)
        case .revokedToken:
            return SlackResponse.make(SlackFailure("token_revoked").body, acceptedScopes: accepted)
        case .dropConnection, .latency:
            return .droppedConnection
        }
    }

    func administer(
        _ action: String, request: HTTPRequest, in store: SandboxStore
    ) throws(SandboxError) -> JSONValue? {
        guard action == "drift", request.method == "POST" else { return nil }
        let drift = try JSONCoding.decode(SlackDrift.self, from: request.body)
        try store.update { world in
            let result = Result { () throws(SandboxError) in try drift.apply(to: &world.slack) }
            return (result, (try? result.get()) != nil)
        }.get()
        return ["ok": true]
    }
}
