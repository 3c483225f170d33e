import Foundation
import MusterState

/// A child process that holds a state lock through flock(1), as another muster would.
///
/// One shell opens the lock file, locks it, optionally writes holder info, then becomes
/// `sleep` with the descriptor still open, so killing that single process frees the lock.
/// (`flock FILE sleep 30` would not do: its `sleep` inherits the lock and outlives it.)
final class LockingChild {
    private let process = Process()

    /// Starts the child and waits until it holds the lock.
    init(lockPath: String, holderJSON: String = "", seconds: Double = 30) throws {
        let script = """
            exec 9>>"$1" || exit 1
            /usr/bin/flock -x 9 || exit 1
            [ -n "$2" ] && printf '%s\\n' "$2" >&9
            exec sleep "$3"
            """
        let directory = URL(fileURLWithPath: lockPath).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "sh", lockPath, holderJSON, String(seconds)]
        try process.run()
        try waitUntilHeld(StateLock(path: lockPath), wantsInfo: !holderJSON.isEmpty)
    }

    deinit { kill() }

    /// Kills the child at once, as a crash would, and reaps it.
    func kill() {
        guard process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the child to exit by itself.
    func waitUntilExit() { process.waitUntilExit() }

    private func waitUntilHeld(_ lock: StateLock, wantsInfo: Bool) throws {
        struct NeverLocked: Error { let status: Int32? }
        for _ in 0..<500 {
            if case .held(let holder) = try lock.inspect(), holder != nil || !wantsInfo { return }
            guard process.isRunning else { throw NeverLocked(status: process.terminationStatus) }
            usleep(10_000)
        }
        throw NeverLocked(status: nil)
    }
}
