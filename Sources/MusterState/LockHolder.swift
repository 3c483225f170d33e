import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Who holds the state lock: the process, its user and host, the command, and since when.
///
/// It is what the lock file holds while a lease is out, and what `StateError.locked` reports.
/// `since` is kept in whole seconds, so a holder survives the round trip through its JSON
/// (ISO-8601, UTC) unchanged.
package struct LockHolder: Sendable, Hashable, Codable, CustomStringConvertible {
    package var pid: Int
    package var user: String
    package var host: String
    /// The command that took the lock, such as `muster apply`.
    package var command: String
    package var since: Date

    package init(pid: Int, user: String, host: String, command: String, since: Date) {
        self.pid = pid
        self.user = user
        self.host = host
        self.command = command
        self.since = Date(timeIntervalSince1970: since.timeIntervalSince1970.rounded(.down))
    }

    /// This process, running `command`, from now.
    package static func current(command: String, now: Date = Date()) -> LockHolder {
        LockHolder(
            pid: Int(getpid()), user: ProcessInfo.processInfo.userName, host: hostName(),
            command: command, since: now)
    }

    /// `muster apply (pid 4242, alice@host) since 2026-12-03T17:40:00Z`.
    package var description: String {
        "\(command) (pid \(pid), \(user)@\(host)) since \(since.formatted(.iso8601))"
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
