import Foundation
import MusterHTTPServer

/// The running sandbox: one loopback HTTP server for the admin API and one per platform.
///
/// With a port base N, the admin API listens on N and each platform on N plus its offset (see
/// ``PlatformEmulator``); with base 0, every port is ephemeral. Each request to a platform is
/// counted and passed through the fault rules before the emulator sees it. ``stop()`` closes
/// every server and saves the state.
package final class SandboxServer: Sendable {
    /// How to start a sandbox.
    package struct Options: Sendable {
        package var host = "127.0.0.1"
        /// The first port, or 0 for ephemeral ports.
        package var portBase: UInt16 = 0
        /// Where state is saved; nil keeps it in memory only.
        package var stateDirectory: String?
        /// The organisation used when no saved state exists.
        package var seed = SandboxSeed.demo
        /// libmicrohttpd threads per service.
        package var threadsPerService = 2

        package init(
            host: String = "127.0.0.1", portBase: UInt16 = 0, stateDirectory: String? = nil,
            seed: SandboxSeed = .demo
        ) {
            self.host = host
            self.portBase = portBase
            self.stateDirectory = stateDirectory
            self.seed = seed
        }
    }

    /// Every emulator the sandbox serves; a new platform is one more entry.
    static let emulators: [any PlatformEmulator] = [
        SlackEmulator(),
        FeishuEmulator(.feishu),
        FeishuEmulator(.lark),
        DingTalkEmulator(),
        WeComEmulator(),
        FlashdutyEmulator(),
    ]

    package let store: SandboxStore
    package let endpoints: [SandboxEndpoint]
    private let servers: [HTTPServer]

    /// Loads or seeds the world and starts every server.
    ///
    /// - Throws: ``SandboxError`` when the state is unreadable, the host is not loopback, or a
    ///   port cannot be bound; servers already started are stopped again.
    package init(options: Options) throws(SandboxError) {
        let maxOffset = Self.emulators.map(\.portOffset).max() ?? 0
        guard options.portBase == 0 || options.portBase <= UInt16.max - maxOffset else {
            throw .portOutOfRange(options.portBase)
        }
        let store = try SandboxStore(seed: options.seed, directory: options.stateDirectory)
        var servers: [HTTPServer] = []
        var endpoints: [SandboxEndpoint] = []
        for listener in Self.listeners(store: store) {
            do {
                let server = try Self.serve(options, offset: listener.offset, listener.handler)
                servers.append(server)
                endpoints.append(
                    SandboxEndpoint(
                        service: listener.service, port: server.port,
                        url: server.baseURL + listener.basePath))
            } catch {
                servers.forEach { $0.stop() }
                throw .serverFailed(service: listener.service, reason: error.description)
            }
        }
        self.store = store
        self.endpoints = endpoints
        self.servers = servers
    }

    /// The endpoint of a service, such as `slack`.
    package func endpoint(_ service: String) -> SandboxEndpoint? {
        endpoints.first { $0.service == service }
    }

    /// Stops every server, then saves the state.
    package func stop() {
        servers.forEach { $0.stop() }
        store.flush()
    }

    /// What one port serves.
    private struct Listener {
        var service: String
        var offset: UInt16
        var basePath: String
        var handler: @Sendable (HTTPRequest) -> HTTPResponse
    }

    /// The admin API first, then one listener per emulator.
    private static func listeners(store: SandboxStore) -> [Listener] {
        let admin = AdminAPI(store: store, emulators: emulators)
        let adminListener = Listener(
            service: "admin", offset: 0, basePath: AdminAPI.prefix, handler: admin.respond)
        return [adminListener]
            + emulators.map { emulator in
                let route = PlatformRoute(emulator: emulator, store: store, admin: admin)
                return Listener(
                    service: emulator.service, offset: emulator.portOffset,
                    basePath: emulator.basePath, handler: route.respond)
            }
    }

    private static func serve(
        _ options: Options, offset: UInt16,
        _ handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) throws(HTTPServerError) -> HTTPServer {
        let port = options.portBase == 0 ? 0 : options.portBase + offset
        var serverOptions = HTTPServer.Options(host: options.host, port: port)
        serverOptions.threads = options.threadsPerService
        return try HTTPServer(options: serverOptions, handler: handler)
    }
}
