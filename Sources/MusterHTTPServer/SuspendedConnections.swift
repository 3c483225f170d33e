import CMicroHTTPD
import Dispatch
import Synchronization

/// The connections suspended while their response waits out a delay, and their resumption.
///
/// Each connection is resumed exactly once: by its timer, or by ``resumeAll()`` when the server
/// stops, whichever comes first; after ``resumeAll()`` no timer resumes anything. Connections
/// are kept by address bits, so no pointer crosses threads.
final class SuspendedConnections: Sendable {
    /// Whether timers may still resume, and which connections are suspended.
    private struct State {
        var isRunning = true
        var connections: Set<UInt> = []
    }

    private let state = Mutex(State())

    /// Suspends a connection from inside the access handler and schedules its resumption.
    func suspend(_ connection: OpaquePointer, forMilliseconds delay: Int) {
        let key = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(connection)))
        state.withLock { state in
            state.connections.insert(key)
            MHD_suspend_connection(connection)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(delay)) {
            self.resume(key)
        }
    }

    /// Resumes every suspended connection and disables the pending timers.
    func resumeAll() {
        state.withLock { state in
            state.isRunning = false
            state.connections.forEach(Self.resumeConnection)
            state.connections.removeAll()
        }
    }

    private func resume(_ key: UInt) {
        state.withLock { state in
            guard state.isRunning, state.connections.remove(key) != nil else { return }
            Self.resumeConnection(key)
        }
    }

    private static func resumeConnection(_ key: UInt) {
        guard let connection = OpaquePointer(bitPattern: key) else { return }
        MHD_resume_connection(connection)
    }
}
