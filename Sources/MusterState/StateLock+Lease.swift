import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

extension StateLock {
    /// A held state lock, which ends on `release()` or when the lease is deinitialised.
    ///
    /// The lease owns the lock file's descriptor. Releasing empties the lock file while still
    /// holding the lock, then closes it, so no one ever reads a released holder as current.
    /// The descriptor sits behind a mutex, so the lease may be shared across tasks and a
    /// release from two places at once closes it only once.
    package final class Lease: Sendable {
        /// Who holds the lock through this lease.
        package let holder: LockHolder
        /// The lock file's path.
        package let path: String
        private let descriptor: Mutex<Int32?>

        init(descriptor: Int32, path: String, holder: LockHolder) {
            self.descriptor = Mutex(descriptor)
            self.path = path
            self.holder = holder
        }

        deinit { release() }

        /// Whether the lease still holds the lock.
        package var isHeld: Bool { descriptor.withLock { $0 != nil } }

        /// Gives the lock up; later calls do nothing.
        package func release() {
            let taken = descriptor.withLock { descriptor in
                defer { descriptor = nil }
                return descriptor
            }
            guard let taken else { return }
            _ = ftruncate(taken, 0)
            close(taken)
        }
    }
}
