/// Whether the state lock is held, as `StateLock.inspect` found it.
package enum LockStatus: Sendable, Hashable {
    /// Nobody holds the lock. `staleHolder` is the info a holder left when it died without
    /// releasing; the lock is free all the same, and `forceUnlock` clears the info.
    case free(staleHolder: LockHolder?)
    /// A live process holds the lock; the holder is nil when its info cannot be read.
    case held(LockHolder?)

    /// Whether a live process holds the lock.
    package var isHeld: Bool {
        if case .held = self { return true }
        return false
    }
}
