import MusterHTTPServer

/// The Flashduty Open API at `/<path>`, faithful to API-NOTES.md §1 and the official spec.
///
/// Checks run in the service's order: the route, the method (POST), the `app_key` query
/// parameter, the JSON content type and body, the account's rate limits, the caller's
/// permission, then the operation's own rules. Every answer is an envelope with
/// `request_id` and the `Flashcat-Request-Id` header.
struct FlashdutyEmulator: PlatformEmulator {
    let service = "flashduty"
    let portOffset: UInt16 = 6
    let basePath = "/"

    func operation(for request: HTTPRequest) -> String {
        String(request.path.drop { $0 == "/" })
    }

    func respond(to request: HTTPRequest, in store: SandboxStore) -> HTTPResponse {
        do {
            let operation = try route(request)
            return try store.update { world in
                let result = Result { () throws(FlashdutyFailure) in
                    try run(operation, request: request, in: &world)
                }
                return (result, operation.changes && (try? result.get()) != nil)
            }.get()
        } catch {
            return FlashdutyResponse.failure(error)
        }
    }

    private func route(_ request: HTTPRequest) throws(FlashdutyFailure) -> FlashdutyOperation {
        guard let operation = FlashdutyOperationCatalog.operations[request.path] else {
            throw FlashdutyFailure("RouteNotFound", "The route \(request.path) was not found.")
        }
        guard request.method == "POST" else {
            throw FlashdutyFailure(
                "MethodNotAllowed", "The method \(request.method) is not allowed.")
        }
        return operation
    }

    private func run(
        _ operation: FlashdutyOperation, request: HTTPRequest, in world: inout SandboxWorld
    ) throws(FlashdutyFailure) -> HTTPResponse {
        let now = world.clock.now
        let caller = try world.flashduty.authenticate(request.query("app_key"))
        let fields = try FlashdutyRequestReader.fields(of: request)
        if let wait = world.flashduty.admitCall(now: now) {
            throw FlashdutyFailure(
                "RequestTooFrequently", "Request too frequently.", retryAfter: wait)
        }
        if let permission = operation.permission,
            !world.flashduty.memberHasPermission(caller, permission)
        {
            throw .denied("Access Denied.")
        }
        let call = FlashdutyCall(fields: fields, callerId: caller, now: now)
        return FlashdutyResponse.success(try operation.handler(&world, call))
    }

    /// Renders a fault in the Flashduty envelope.
    func respond(
        toFault fault: FaultRule, request: HTTPRequest, in store: SandboxStore
    )
        -> HTTPResponse
    {
        switch fault.kind {
        case .rateLimited:
            return FlashdutyResponse.failure(
                FlashdutyFailure(
                    "RequestTooFrequently", "Request too frequently.",
                    retryAfter: fault.retryAfter ?? 1))
        case .serverError:
            let status = fault.status ?? 500
            let code = status == 503 ? "ServiceUnavailable" : "InternalError"
            var response = FlashdutyResponse.failure(FlashdutyFailure(code, "Internal error."))
            response.status = status
            return response
        case .revokedToken:
            return FlashdutyResponse.failure(
                FlashdutyFailure("Unauthorized", "You are unauthorized."))
        case .dropConnection, .latency:
            return .droppedConnection
        }
    }

    func administer(
        _ action: String, request: HTTPRequest, in store: SandboxStore
    ) throws(SandboxError) -> JSONValue? {
        guard request.method == "POST" else { return nil }
        return try FlashdutyAdmin.run(action, body: request.body, in: store)
    }
}
