import MusterHTTPServer

/// Runs one Open API call against a tenant: token, frequency control, scopes, handler.
enum FeishuDispatcher {
    /// The answer to a call, and whether it changed the tenant.
    struct Outcome {
        var response: HTTPResponse
        var changed: Bool
    }

    /// What a request carries, read before the world is locked.
    struct Input {
        var operation: FeishuOperation
        var token: String?
        var query: [String: String]
        var queryLists: [String: [String]] = [:]
        var body: [String: JSONValue]
        var chatId: String?
    }

    /// Runs the call's checks in Feishu's order, then the operation's handler.
    static func run(
        _ input: Input, in world: inout FeishuWorld, brand: FeishuBrand, now: Double
    ) -> Outcome {
        do throws(FeishuFailure) {
            let app = try authenticate(input.token, world: world, now: now)
            let operation = input.operation
            let key = "\(app.appId) \(operation.name)"
            if let refusal = world.admitCall(key: key, operation: operation.name, now: now) {
                throw FeishuFailure.rateLimited(
                    limit: refusal.limit, resetSeconds: refusal.resetSeconds)
            }
            guard operation.scopes.isEmpty || operation.scopes.contains(where: app.scopes.contains)
            else {
                throw FeishuFailure.missingScope(
                    operation.scopes, appId: app.appId, host: brand.openHost)
            }
            let call = FeishuCall(
                app: app, query: input.query, queryLists: input.queryLists, body: input.body,
                chatId: input.chatId, now: now)
            let data = try operation.handler(&world, call)
            return Outcome(response: FeishuResponse.success(data), changed: operation.isMutating)
        } catch {
            return Outcome(response: FeishuResponse.failure(error), changed: false)
        }
    }

    private static func authenticate(
        _ token: String?, world: FeishuWorld, now: Double
    ) throws(FeishuFailure) -> FeishuWorld.App {
        guard let token else { throw .missingToken }
        guard let record = world.tokens.first(where: { $0.token == token }), !record.isRevoked,
            let app = world.apps.first(where: { $0.appId == record.appId })
        else { throw .invalidToken }
        guard now < record.expiresAt else { throw .expiredToken }
        return app
    }
}
