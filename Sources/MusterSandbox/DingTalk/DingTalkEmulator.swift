import MusterHTTPServer

/// DingTalk's two API generations on one port, faithful to the wire facts in
/// im-platforms.md §3.
///
/// Checks run in this order: the body, the token, the app's per-second limit for the API,
/// the permission point, then the API's own rules. The fault rules' method is the path
/// without its leading slash, such as `v1.0/im/sceneGroup/create` or `chat/create`.
struct DingTalkEmulator: PlatformEmulator {
    let service = "dingtalk"
    let portOffset: UInt16 = 4
    let basePath = "/"

    func operation(for request: HTTPRequest) -> String {
        String(request.path.drop { $0 == "/" })
    }

    func respond(to request: HTTPRequest, in store: SandboxStore) -> HTTPResponse {
        let api = operation(for: request)
        let generation = DingTalkGeneration(api: api)
        guard let arguments = Self.arguments(of: request) else {
            return generation.failure(.invalidParameter("the body is not a JSON object"))
        }
        if let token = tokenResponse(api, arguments: arguments, store: store) { return token }
        guard let operation = DingTalkCatalog.operations[api] else {
            var response = generation.failure(.invalidParameter("no api \(api)"))
            response.status = 404
            return response
        }
        let token = generation.token(of: request)
        return store.update { world in
            let now = world.clock.now
            do throws(DingTalkFailure) {
                let app = try DingTalkAuth.authenticate(token, world: world.dingtalk, now: now)
                guard world.dingtalk.admitCall(appKey: app.appKey, api: api, now: now) else {
                    throw DingTalkFailure.qpsLimited
                }
                guard app.permissions.contains(operation.permission) else {
                    throw DingTalkFailure.permissionDenied(operation.permission)
                }
                let call = DingTalkCall(app: app, arguments: arguments, now: now)
                let fields = try operation.handler(&world.dingtalk, call)
                return (generation.success(fields), operation.isMutating)
            } catch {
                return (generation.failure(error), false)
            }
        }
    }

    func respond(
        toFault fault: FaultRule, request: HTTPRequest, in store: SandboxStore
    )
        -> HTTPResponse
    {
        let generation = DingTalkGeneration(api: operation(for: request))
        switch fault.kind {
        case .rateLimited: return generation.failure(.qpsLimited)
        case .serverError: return generation.failure(.serverError(fault.status ?? 500))
        case .revokedToken: return generation.failure(.invalidToken)
        case .dropConnection, .latency: return .droppedConnection
        }
    }

    func administer(
        _ action: String, request: HTTPRequest, in store: SandboxStore
    ) throws(SandboxError) -> JSONValue? {
        guard action == "drift", request.method == "POST" else { return nil }
        let drift = try JSONCoding.decode(DingTalkDrift.self, from: request.body)
        try store.update { world in
            let result = Result { () throws(SandboxError) in try drift.apply(to: &world.dingtalk) }
            return (result, (try? result.get()) != nil)
        }.get()
        return ["ok": true]
    }

    /// Answers the two token endpoints, or returns nil for any other API.
    private func tokenResponse(
        _ api: String, arguments: [String: JSONValue], store: SandboxStore
    ) -> HTTPResponse? {
        let generation = DingTalkGeneration(api: api)
        let keys: (String, String)
        switch api {
        case "v1.0/oauth2/accessToken": keys = ("appKey", "appSecret")
        case "gettoken": keys = ("appkey", "appsecret")
        default: return nil
        }
        return store.update { world in
            let now = world.clock.now
            do throws(DingTalkFailure) {
                let token = try DingTalkAuth.issue(
                    appKey: arguments[keys.0]?.stringValue,
                    appSecret: arguments[keys.1]?.stringValue,
                    in: &world.dingtalk, now: now)
                let fields: [String: JSONValue] =
                    generation == .v1
                    ? ["accessToken": .string(token), "expireIn": .integer(DingTalkAuth.lifetime)]
                    : [
                        "access_token": .string(token),
                        "expires_in": .integer(DingTalkAuth.lifetime),
                    ]
                return (generation.success(fields), true)
            } catch {
                return (generation.failure(error), false)
            }
        }
    }

    /// The query items merged with a JSON object body, read whatever the Content-Type says;
    /// nil when a body is there but is not a JSON object.
    private static func arguments(of request: HTTPRequest) -> [String: JSONValue]? {
        var arguments: [String: JSONValue] = [:]
        for item in request.queryItems { arguments[item.name] = .string(item.value) }
        guard !request.body.isEmpty else { return arguments }
        guard let body = JSONValue.parse(request.body)?.objectValue else { return nil }
        return arguments.merging(body) { _, fromBody in fromBody }
    }
}
