import CMicroHTTPD
import Dispatch
import Foundation
import Synchronization

/// The connections suspended while their response waits out a delay, and their resumption.
///
/// Each connection is resumed exactly once: by its timer, or by ``resumeAll()`` when the server
/// stops, whichever comes first; after ``resumeAll()`` nothing is suspended any more. A parked
/// response counts until its worker thread has taken it up again (``didFinish()``), which is
/// what ``waitUntilNoneParked()`` waits for: libmicrohttpd aborts if it is stopped while a
/// connection is still on its suspended list. Connections are kept by address bits, so no
/// pointer crosses threads.
final class SuspendedConnections: Sendable {
    /// Whether connections may still be suspended, which await their timer, and how many
    /// parked responses are not yet taken up again.
    private struct State {
        var isRunning = true
        var awaitingTimer: Set<UInt> = []
        var parked = 0
    }

    private let state = Mutex(State())

    /// Suspends a connection from inside the access handler and schedules its resumption.
    ///
    /// - Returns: false, suspending nothing, once the server is stopping.
    func suspend(_ connection: OpaquePointer, forMilliseconds delay: Int) -> Bool {
        let key = UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(connection)))
        let isSuspended = state.withLock { state in
            guard state.isRunning else { return false }
            state.awaitingTimer.insert(key)
            state.parked += 1
            MHD_suspend_connection(connection)
            return true
        }
        guard isSuspended else { return false }
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(delay)) {
            self.resume(key)
        }
        return true
    }

    /// Records that a parked response was delivered or abandoned.
    func didFinish() {
        state.withLock { $0.parked -= 1 }
    }

    /// Resumes every suspended connection and refuses new suspensions.
    func resumeAll() {
        state.withLock { state in
            state.isRunning = false
            state.awaitingTimer.forEach(Self.resumeConnection)
            state.awaitingTimer.removeAll()
        }
    }

    /// Waits, at most two seconds, until every parked response has been taken up again.
    func waitUntilNoneParked() {
        let deadline = Date().addingTimeInterval(2)
        while state.withLock({ $0.parked > 0 }), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.001)
        }
    }

    private func resume(_ key: UInt) {
        state.withLock { state in
            guard state.awaitingTimer.remove(key) != nil else { return }
            Self.resumeConnection(key)
        }
    }

    private static func resumeConnection(_ key: UInt) {
        guard let connection = OpaquePointer(bitPattern: key) else { return }
        MHD_resume_connection(connection)
    }
}
