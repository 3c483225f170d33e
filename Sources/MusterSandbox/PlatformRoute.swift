import MusterHTTPServer

/// The handler of one platform port: admin routes, then counters and faults, then the emulator.
struct PlatformRoute: Sendable {
    let emulator: any PlatformEmulator
    let store: SandboxStore
    let admin: AdminAPI

    func respond(_ request: HTTPRequest) -> HTTPResponse {
        guard !request.path.hasPrefix(AdminAPI.prefix) else { return admin.respond(to: request) }
        let method = emulator.operation(for: request)
        let service = emulator.service
        let outcome = store.update { world in
            world.counters.record(service: service, method: method)
            let outcome = world.faults.take(service: service, method: method)
            return (outcome, outcome != FaultOutcome())
        }
        var response =
            outcome.fault.map { emulator.respond(toFault: $0, request: request, in: store) }
            ?? emulator.respond(to: request, in: store)
        // The server holds the answer back with the connection suspended, blocking no thread.
        response.delayMilliseconds = outcome.delayMilliseconds
        return response
    }
}
