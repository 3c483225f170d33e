import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The lock that lets one muster at a time change a state: flock(2) on a file beside it.
///
/// The kernel ties the lock to the open file, so it ends when the holder releases its lease,
/// exits or dies; nothing stale can keep it. Each acquire opens the file anew, so two acquires
/// in one process conflict just as two processes do. The lock file itself stays in place,
/// since removing it would let two processes lock two different files; while a lease is out
/// it holds the holder as JSON, and a release empties it.
///
/// flock(2) is reliable on local file systems only; on NFS it may lock nothing.
package struct StateLock: Sendable {
    /// How often `acquire` tries again while it waits.
    package static let pollInterval: Duration = .milliseconds(100)

    /// The lock file's path.
    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// Takes the lock and records `holder` in the lock file.
    ///
    /// - Parameters:
    ///   - holder: Who takes the lock; see `LockHolder.current(command:)`.
    ///   - timeout: How long to keep trying, every `pollInterval`, while someone else holds
    ///     the lock; zero fails at once.
    /// - Returns: The lease; the lock is held until it is released or deinitialised.
    /// - Throws: `StateError.locked` naming the holder when the lock stays taken.
    package func acquire(
        holder: LockHolder, timeout: Duration = .zero
    ) throws(StateError) -> Lease {
        try FileSystem.makeDirectory(FileSystem.directory(of: path))
        let descriptor = try openFile(flags: O_RDWR | O_CREAT)
        do throws(StateError) {
            try waitForLock(descriptor, timeout: timeout)
            try writeHolder(holder, to: descriptor)
        } catch {
            close(descriptor)
            throw error
        }
        return Lease(descriptor: descriptor, path: path, holder: holder)
    }

    /// Whether the lock is held now, and by whom.
    ///
    /// It finds out by taking a shared lock for an instant, during which an acquire elsewhere
    /// fails as if the lock were held.
    package func inspect() throws(StateError) -> LockStatus {
        guard let descriptor = try openExistingFile(flags: O_RDONLY) else {
            return .free(staleHolder: nil)
        }
        defer { close(descriptor) }
        guard try tryLock(descriptor, operation: LOCK_SH) else { return .held(readHolder()) }
        return .free(staleHolder: readHolder())
    }

    /// Clears the holder info a dead holder left behind.
    ///
    /// - Returns: The holder whose info was cleared; nil when there was none.
    /// - Throws: `StateError.lockInUse` naming the holder when a live process holds the lock;
    ///   the lock is then left alone.
    @discardableResult
    package func forceUnlock() throws(StateError) -> LockHolder? {
        guard let descriptor = try openExistingFile(flags: O_RDWR) else { return nil }
        defer { close(descriptor) }
        guard try tryLock(descriptor, operation: LOCK_EX) else {
            throw .lockInUse(readHolder(), lockPath: path)
        }
        let stale = readHolder()
        guard ftruncate(descriptor, 0) == 0 else {
            throw .lockFailed(lockPath: path, reason: FileSystem.reason(errno))
        }
        return stale
    }

    /// Tries to lock until it succeeds or the timeout passes.
    private func waitForLock(_ descriptor: Int32, timeout: Duration) throws(StateError) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while try !tryLock(descriptor, operation: LOCK_EX) {
            let remaining = deadline - clock.now
            guard remaining > .zero else { throw .locked(readHolder(), lockPath: path) }
            Thread.sleep(forTimeInterval: Self.seconds(min(remaining, Self.pollInterval)))
        }
    }

    /// Takes the lock without waiting; false when someone else holds it.
    private func tryLock(_ descriptor: Int32, operation: Int32) throws(StateError) -> Bool {
        while flock(descriptor, operation | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK { return false }
            throw .lockFailed(lockPath: path, reason: FileSystem.reason(errno))
        }
        return true
    }

    private func writeHolder(_ holder: LockHolder, to descriptor: Int32) throws(StateError) {
        var data = try StateJSON.encode(holder, pretty: false, for: path)
        data.append(0x0A)
        guard ftruncate(descriptor, 0) == 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw .lockFailed(lockPath: path, reason: FileSystem.reason(errno))
        }
        try FileSystem.writeAll(data, to: descriptor, path: path)
    }

    /// The holder the lock file names; nil when it is empty or cannot be read.
    private func readHolder() -> LockHolder? {
        guard let data = try? FileSystem.read(path), !data.isEmpty else { return nil }
        return try? StateJSON.makeDecoder().decode(LockHolder.self, from: data)
    }

    private func openFile(flags: Int32) throws(StateError) -> Int32 {
        let descriptor = open(path, flags | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .lockFailed(lockPath: path, reason: FileSystem.reason(errno))
        }
        return descriptor
    }

    /// The lock file opened; nil when there is none, which means nobody ever locked.
    private func openExistingFile(flags: Int32) throws(StateError) -> Int32? {
        let descriptor = open(path, flags | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .lockFailed(lockPath: path, reason: FileSystem.reason(errno))
        }
        return descriptor
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
