import MusterHTTPServer

/// The Feishu Open Platform at `/open-apis/`, faithful to the wire facts in im-platforms.md §2
/// and §7; one instance plays Feishu and another Lark, each with its own tenant.
///
/// Every answer carries `X-Tt-Logid`. Success is `{code:0, msg, data}` on HTTP 200, except the
/// token endpoint, whose fields sit at the top level. Business errors are HTTP 400 with
/// `{code, msg, error}`; frequency control is HTTP 429 with code 99991400 and the
/// `x-ogw-ratelimit-*` headers. Checks run in this order: the body, the token, frequency
/// control, the scopes, then the operation's own rules.
struct FeishuEmulator: PlatformEmulator {
    let brand: FeishuBrand
    let basePath = "/open-apis/"

    init(_ brand: FeishuBrand) {
        self.brand = brand
    }

    var service: String { brand.rawValue }
    var portOffset: UInt16 { brand.portOffset }

    func operation(for request: HTTPRequest) -> String {
        FeishuRouter.route(request)?.operation ?? request.path
    }

    func respond(to request: HTTPRequest, in store: SandboxStore) -> HTTPResponse {
        guard let route = FeishuRouter.route(request) else { return FeishuResponse.notFound() }
        let body: [String: JSONValue]
        do {
            body = try FeishuRequestReader.body(of: request)
        } catch {
            return FeishuResponse.failure(error)
        }
        guard let operation = FeishuOperationCatalog.operations[route.operation] else {
            return issueToken(body, in: store)
        }
        let input = FeishuDispatcher.Input(
            operation: operation, token: FeishuRequestReader.token(of: request),
            query: FeishuRequestReader.query(of: request),
            queryLists: FeishuRequestReader.queryLists(of: request), body: body,
            chatId: route.chatId)
        let brand = brand
        return store.update { world in
            let now = world.clock.now
            let outcome = FeishuDispatcher.run(
                input, in: &world[keyPath: brand.worldPart], brand: brand, now: now)
            return (outcome.response, outcome.changed)
        }
    }

    private func issueToken(_ body: [String: JSONValue], in store: SandboxStore) -> HTTPResponse {
        let brand = brand
        return store.update { world in
            let now = world.clock.now
            do throws(FeishuFailure) {
                let fields = try FeishuTenantTokens.issue(
                    body: body, in: &world[keyPath: brand.worldPart], now: now)
                return (FeishuResponse.topLevel(fields), true)
            } catch {
                return (FeishuResponse.failure(error), false)
            }
        }
    }

    /// Renders a fault in Feishu's own format.
    func respond(
        toFault fault: FaultRule, request: HTTPRequest, in store: SandboxStore
    )
        -> HTTPResponse
    {
        switch fault.kind {
        case .rateLimited:
            // The header states the per-second limit of the operation the fault refuses.
            let operation = operation(for: request)
            let limit = store.read {
                $0[keyPath: brand.worldPart].rateLimits.limit(for: operation).perSecond
            }
            return FeishuResponse.failure(
                .rateLimited(limit: limit, resetSeconds: fault.retryAfter ?? 1))
        case .serverError:
            // FIXME: the code Feishu puts in a 5xx body is unconfirmed; 1500 with "internal
            // error" is a stand-in until a captured 5xx answer shows the real one.
            let status = fault.status ?? 500
            return FeishuResponse.failure(FeishuFailure(1500, "internal error", status: status))
        case .revokedToken:
            return FeishuResponse.failure(.invalidToken)
        case .dropConnection, .latency:
            return .droppedConnection
        }
    }

    func administer(
        _ action: String, request: HTTPRequest, in store: SandboxStore
    ) throws(SandboxError) -> JSONValue? {
        guard action == "drift", request.method == "POST" else { return nil }
        let drift = try JSONCoding.decode(FeishuDrift.self, from: request.body)
        let brand = brand
        try store.update { world in
            let result = Result { () throws(SandboxError) in
                try drift.apply(to: &world[keyPath: brand.worldPart])
            }
            return (result, (try? result.get()) != nil)
        }.get()
        return ["ok": true]
    }
}
