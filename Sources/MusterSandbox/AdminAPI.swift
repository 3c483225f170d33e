import Foundation
import MusterHTTPServer

/// The sandbox's own API under `/_sandbox/`, served on the admin port and on every platform
/// port.
///
/// | route | effect |
/// |---|---|
/// | `POST /_sandbox/reset` | a fresh world from the seed in the body, or the original seed |
/// | `GET /_sandbox/state` | the whole world as JSON |
/// | `GET/POST/DELETE /_sandbox/faults` | list, add (a ``FaultRule``), remove (all, or `{service, method}`) |
/// | `GET /_sandbox/counters` | request counts per service and method |
/// | `POST /_sandbox/clock/advance` | `{"seconds": N}` moves the virtual clock |
/// | `POST /_sandbox/<service>/<action>` | a platform action, such as `slack/drift` |
struct AdminAPI: Sendable {
    static let prefix = "/_sandbox/"

    let store: SandboxStore
    let emulators: [any PlatformEmulator]

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let route = String(request.path.dropFirst(Self.prefix.count))
        do {
            guard let body = try answer(route, request) else {
                return Self.error("no admin route \(request.method) \(request.path)", status: 404)
            }
            return HTTPResponse.json(body.encodedBytes)
        } catch {
            return Self.error(error.description, status: 400)
        }
    }

    private func answer(_ route: String, _ request: HTTPRequest) throws(SandboxError) -> JSONValue?
    {
        switch (request.method, route) {
        case ("POST", "reset"): return try reset(request.body)
        case ("GET", "state"): return try encoded(store.snapshot)
        case ("GET", "faults"): return try encoded(store.snapshot.faults.rules)
        case ("POST", "faults"): return try addFault(request.body)
        case ("DELETE", "faults"): return try removeFaults(request.body)
        case ("GET", "counters"): return try encoded(store.snapshot.counters.counts)
        case ("POST", "clock/advance"): return try advanceClock(request.body)
        default: return try platformAction(route, request)
        }
    }

    private func reset(_ body: [UInt8]) throws(SandboxError) -> JSONValue {
        let seed = body.isEmpty ? nil : try JSONCoding.decode(SandboxSeed.self, from: body)
        store.update { world in
            world = SandboxWorld(seed: seed ?? world.seed)
            return ((), true)
        }
        return ["ok": true]
    }

    private func addFault(_ body: [UInt8]) throws(SandboxError) -> JSONValue {
        let rule = try JSONCoding.decode(FaultRule.self, from: body)
        let rules = store.update { world in
            world.faults.add(rule)
            return (world.faults.rules, true)
        }
        return ["ok": true, "faults": try encoded(rules)]
    }

    private func removeFaults(_ body: [UInt8]) throws(SandboxError) -> JSONValue {
        let filter = body.isEmpty ? nil : try JSONCoding.decode(FaultFilter.self, from: body)
        store.update { world in
            world.faults.remove(service: filter?.service, method: filter?.method)
            return ((), true)
        }
        return ["ok": true]
    }

    private func advanceClock(_ body: [UInt8]) throws(SandboxError) -> JSONValue {
        let request = try JSONCoding.decode(ClockAdvance.self, from: body)
        let now = store.update { world in
            world.clock.advance(by: request.seconds)
            return (world.clock.now, true)
        }
        return ["ok": true, "now": .number(now)]
    }

    private func platformAction(
        _ route: String, _ request: HTTPRequest
    ) throws(SandboxError)
        -> JSONValue?
    {
        let parts = route.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let emulator = emulators.first(where: { $0.service == parts[0] })
        else { return nil }
        return try emulator.administer(parts[1], request: request, in: store)
    }

    private func encoded<T: Encodable>(_ value: T) throws(SandboxError) -> JSONValue {
        let bytes = Array((try? JSONCoding.encoder.encode(value)) ?? Data())
        return try JSONCoding.decode(JSONValue.self, from: bytes)
    }

    private static func error(_ message: String, status: Int) -> HTTPResponse {
        let body: JSONValue = ["ok": false, "error": .string(message)]
        return HTTPResponse.json(body.encodedBytes, status: status)
    }

    /// The body of `DELETE /_sandbox/faults`.
    private struct FaultFilter: Codable {
        var service: String?
        var method: String?
    }

    /// The body of `POST /_sandbox/clock/advance`.
    private struct ClockAdvance: Codable {
        var seconds: Double
    }
}
