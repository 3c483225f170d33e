import CMicroHTTPD
import CMicroHTTPDShim
import Synchronization

/// Owns a running libmicrohttpd daemon and stops it exactly once.
///
/// `@unchecked Sendable` is safe here: the daemon pointer is written once, at init, and
/// libmicrohttpd allows `MHD_stop_daemon` from any thread; the `Mutex` makes sure it is called
/// at most once, and the dispatcher the C callbacks point to is retained until then.
final class MHDDaemon: @unchecked Sendable {
    private let pointer: OpaquePointer
    private let dispatcher: RequestDispatcher
    private let isRunning = Mutex(true)
    /// The port the listening socket is bound to.
    let port: UInt16

    /// Starts a daemon with an internal polling thread pool.
    init?(
        address: LoopbackAddress, port: UInt16, threads: Int, timeoutSeconds: Int,
        dispatcher: RequestDispatcher
    ) {
        var flags = MHD_USE_AUTO_INTERNAL_THREAD.rawValue | MHD_ALLOW_SUSPEND_RESUME.rawValue
        if address.isIPv6 { flags |= MHD_USE_IPv6.rawValue }
        let context = Unmanaged.passUnretained(dispatcher).toOpaque()
        let started = address.withSocketAddress(port: port) { socket in
            var config = muster_mhd_config(
                flags: flags, address: socket, thread_pool_size: UInt32(threads),
                connection_timeout_seconds: UInt32(timeoutSeconds),
                access_handler: MHDCallbacks.access, access_context: context,
                completed_handler: MHDCallbacks.completed,
                connection_handler: MHDCallbacks.connection, notify_context: context)
            return muster_mhd_start(&config)
        }
        guard let started else { return nil }
        self.pointer = started
        self.dispatcher = dispatcher
        self.port = muster_mhd_bound_port(started)
    }

    /// Stops listening, closes every connection and waits for the worker threads to finish.
    func stop() {
        let wasRunning = isRunning.withLock { running in
            defer { running = false }
            return running
        }
        guard wasRunning else { return }
        // libmicrohttpd requires every suspended connection to be resumed, and taken up again
        // by its worker thread, before it stops.
        dispatcher.suspended.resumeAll()
        dispatcher.suspended.waitUntilNoneParked()
        MHD_stop_daemon(pointer)
    }

    deinit {
        stop()
    }
}
