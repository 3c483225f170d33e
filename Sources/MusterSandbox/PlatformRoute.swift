#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
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
        // FIXME: the delay sleeps on a libmicrohttpd worker thread, so it also holds up the other
        // connections that thread serves; suspending the connection (MHD_suspend_connection)
        // and resuming it from a timer would delay only this request.
        if outcome.delayMilliseconds > 0 {
            usleep(useconds_t(outcome.delayMilliseconds) * 1000)
        }
        if let fault = outcome.fault {
            return emulator.respond(toFault: fault, request: request, in: store)
        }
        return emulator.respond(to: request, in: store)
    }
}
