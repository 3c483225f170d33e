import MusterHTTPServer

/// The WeCom server API at `/cgi-bin/`, faithful to the wire facts in im-platforms.md §4.
///
/// Every answer is HTTP 200 `{errcode, errmsg, …}`, the token is the `access_token` query,
/// and a POST body is read as JSON whatever its Content-Type says (wechatpy sends none).
/// Checks run in this order: the body, the token, the app's per-minute limit for the API,
/// then the API's own rules, visibility included. The fault rules' method is the path after
/// `/cgi-bin/`, such as `appchat/create`.
struct WeComEmulator: PlatformEmulator {
    let service = "wecom"
    let portOffset: UInt16 = 5
    let basePath = "/cgi-bin/"

    func operation(for request: HTTPRequest) -> String {
        request.path.hasPrefix(basePath)
            ? String(request.path.dropFirst(basePath.count)) : request.path
    }

    func respond(to request: HTTPRequest, in store: SandboxStore) -> HTTPResponse {
        let api = operation(for: request)
        guard let arguments = Self.arguments(of: request) else {
            return Self.answer(WeComFailure.badJSON.body)
        }
        if api == "gettoken" { return token(arguments, store: store) }
        guard let operation = WeComOperation.catalog[api] else {
            return HTTPResponse.json(
                WeComFailure(40035, "invalid api \(api)").body.encodedBytes, status: 404)
        }
        let token = request.query("access_token")
        return store.update { world in
            let now = world.clock.now
            do throws(WeComFailure) {
                let app = try WeComAuth.authenticate(token, world: world.wecom, now: now)
                guard world.wecom.admitCall(agentId: app.agentId, api: api, now: now) else {
                    throw WeComFailure.rateLimited
                }
                guard app.forbiddenApis?.contains(api) != true else {
                    throw WeComFailure.apiForbidden
                }
                let call = WeComCall(app: app, arguments: arguments, now: now)
                var fields = try operation.handler(&world.wecom, call)
                fields["errcode"] = 0
                fields["errmsg"] = "ok"
                return (Self.answer(.object(fields)), operation.isMutating)
            } catch {
                return (Self.answer(error.body), false)
            }
        }
    }

    func respond(
        toFault fault: FaultRule, request: HTTPRequest, in store: SandboxStore
    )
        -> HTTPResponse
    {
        switch fault.kind {
        case .rateLimited: return Self.answer(WeComFailure.rateLimited.body)
        case .serverError:
            return HTTPResponse.json(
                WeComFailure.busy.body.encodedBytes, status: fault.status ?? 500)
        case .revokedToken: return Self.answer(WeComFailure.invalidToken.body)
        case .dropConnection, .latency: return .droppedConnection
        }
    }

    func administer(
        _ action: String, request: HTTPRequest, in store: SandboxStore
    ) throws(SandboxError) -> JSONValue? {
        guard action == "drift", request.method == "POST" else { return nil }
        let drift = try JSONCoding.decode(WeComDrift.self, from: request.body)
        try store.update { world in
            let result = Result { () throws(SandboxError) in try drift.apply(to: &world.wecom) }
            return (result, (try? result.get()) != nil)
        }.get()
        return ["ok": true]
    }

    private func token(_ arguments: [String: JSONValue], store: SandboxStore) -> HTTPResponse {
        store.update { world in
            let now = world.clock.now
            do throws(WeComFailure) {
                let token = try WeComAuth.issue(
                    corpId: arguments["corpid"]?.stringValue,
                    secret: arguments["corpsecret"]?.stringValue, in: &world.wecom, now: now)
                let body: JSONValue = [
                    "errcode": 0, "errmsg": "ok", "access_token": .string(token),
                    "expires_in": .integer(WeComAuth.lifetime),
                ]
                return (Self.answer(body), true)
            } catch {
                return (Self.answer(error.body), false)
            }
        }
    }

    private static func answer(_ body: JSONValue) -> HTTPResponse {
        HTTPResponse.json(body.encodedBytes)
    }

    /// The query items merged with a JSON object body; nil for a body that is not one.
    private static func arguments(of request: HTTPRequest) -> [String: JSONValue]? {
        var arguments: [String: JSONValue] = [:]
        for item in request.queryItems { arguments[item.name] = .string(item.value) }
        guard !request.body.isEmpty else { return arguments }
        guard let body = JSONValue.parse(request.body)?.objectValue else { return nil }
        return arguments.merging(body) { _, fromBody in fromBody }
    }
}
