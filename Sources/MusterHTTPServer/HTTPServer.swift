import Synchronization

/// An HTTP/1.1 server on a loopback address, serving every request with one handler.
///
/// libmicrohttpd parses the requests and keeps connections alive; a pool of its internal
/// threads polls the sockets and calls the handler, so the handler must be thread-safe and
/// should not block for long. The server never listens on a non-loopback address: the
/// initializer refuses one with ``HTTPServerError/nonLoopbackAddress(_:)``.
package final class HTTPServer: Sendable {
    /// How a server listens and how much it accepts.
    package struct Options: Sendable {
        /// A numeric loopback address: `127.0.0.1` (or any of 127.0.0.0/8) or `::1`.
        package var host: String = "127.0.0.1"
        /// The port, or 0 for an ephemeral one; ``HTTPServer/port`` tells the one bound.
        package var port: UInt16 = 0
        /// The number of libmicrohttpd polling threads.
        package var threads: Int = 2
        /// Seconds an idle keep-alive connection stays open.
        package var idleTimeoutSeconds: Int = 30
        /// The largest request body accepted; a larger one gets 413.
        package var maxBodyBytes: Int = 16 << 20

        package init(host: String = "127.0.0.1", port: UInt16 = 0, threads: Int = 2) {
            self.host = host
            self.port = port
            self.threads = threads
        }
    }

    /// The address listened on, as given.
    package let host: String
    /// The bound port.
    package let port: UInt16
    private let daemon: MHDDaemon
    private let dispatcher: RequestDispatcher

    /// Starts listening at once.
    ///
    /// - Throws: ``HTTPServerError`` when the address is not loopback, the thread count is
    ///   out of range, or libmicrohttpd cannot bind.
    package init(
        options: Options, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) throws(HTTPServerError) {
        let address = try LoopbackAddress(host: options.host)
        guard (1...64).contains(options.threads) else {
            throw .invalidThreadPoolSize(options.threads)
        }
        let dispatcher = RequestDispatcher(maxBodyBytes: options.maxBodyBytes, handler: handler)
        guard
            let daemon = MHDDaemon(
                address: address, port: options.port, threads: options.threads,
                timeoutSeconds: options.idleTimeoutSeconds, dispatcher: dispatcher)
        else { throw .startFailed(host: options.host, port: options.port) }
        self.host = options.host
        self.port = daemon.port
        self.daemon = daemon
        self.dispatcher = dispatcher
    }

    /// The base URL, such as `http://127.0.0.1:8080`, with IPv6 hosts bracketed.
    package var baseURL: String {
        host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)"
    }

    /// How many TCP connections the server has accepted; keep-alive keeps this low.
    package var acceptedConnections: Int {
        dispatcher.acceptedConnections.load(ordering: .relaxed)
    }

    /// Stops listening and closes every connection; calling it again does nothing.
    package func stop() {
        daemon.stop()
    }
}
