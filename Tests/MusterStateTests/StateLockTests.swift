import Foundation
import MusterState
import Testing

/// The flock(2) lock beside the state.
@Suite struct StateLockTests {
    let directory: TemporaryDirectory
    let lock: StateLock
    let apply = LockHolder(
        pid: 4242, user: "alice", host: "host", command: "muster apply",
        since: Date(timeIntervalSince1970: 1_796_319_600))

    init() throws {
        directory = try TemporaryDirectory()
        lock = StateStore(path: directory.file(".muster/state.json")).lock
    }

    @Test func secondAcquireNamesTheHolderAndSince() throws {
        let lease = try lock.acquire(holder: apply)
        let error = #expect(throws: StateError.self) {
            try lock.acquire(holder: .current(command: "muster plan"))
        }
        #expect(error == .locked(apply, lockPath: lock.path))
        #expect(
            error?.description
                == "state is locked by muster apply (pid 4242, alice@host) since 2026-12-03T17:40:00Z"
        )
        #expect(lease.isHeld)
    }

    @Test func releasedLeaseLetsTheNextAcquireSucceed() throws {
        let first = try lock.acquire(holder: apply)
        first.release()
        first.release()
        #expect(!first.isHeld)
        let second = try lock.acquire(holder: .current(command: "muster plan"))
        #expect(second.isHeld)
    }

    @Test func leaseReleasesTheLockWhenDeinitialised() throws {
        do {
            let lease = try lock.acquire(holder: apply)
            #expect(lease.isHeld)
        }
        #expect(try lock.inspect() == .free(staleHolder: nil))
        _ = try lock.acquire(holder: apply)
    }

    @Test func lockFileHoldsTheHolderAsJSONWhileLeased() throws {
        let lease = try lock.acquire(holder: apply)
        let text = try String(contentsOfFile: lock.path, encoding: .utf8)
        #expect(
            text == """
                {"command":"muster apply","host":"host","pid":4242,"since":"2026-12-03T17:40:00Z","user":"alice"}

                """)
        lease.release()
        #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "")
    }

    @Test func currentHolderIsThisProcessInWholeSeconds() {
        let holder = LockHolder.current(
            command: "muster apply", now: Date(timeIntervalSince1970: 100.75))
        #expect(holder.pid == Int(getpid()))
        #expect(!holder.user.isEmpty && !holder.host.isEmpty)
        #expect(holder.since == Date(timeIntervalSince1970: 100))
    }

    @Test func inspectReportsTheHolderWhileHeldAndFreeAfter() throws {
        #expect(try lock.inspect() == .free(staleHolder: nil))
        let lease = try lock.acquire(holder: apply)
        #expect(try lock.inspect() == .held(apply))
        lease.release()
        #expect(try lock.inspect() == .free(staleHolder: nil))
    }

    @Test func forceUnlockRefusesWhileALiveProcessHoldsTheLock() throws {
        let lease = try lock.acquire(holder: apply)
        let error = #expect(throws: StateError.self) { try lock.forceUnlock() }
        #expect(error == .lockInUse(apply, lockPath: lock.path))
        #expect(
            error?.description
                == "cannot force-unlock: state is locked by muster apply (pid 4242, alice@host) "
                + "since 2026-12-03T17:40:00Z, which is still running")
        #expect(lease.isHeld)
        #expect(try lock.inspect() == .held(apply))
    }

    @Test func lockOfAKilledChildIsFreeAndItsInfoStale() throws {
        let child = try LockingChild(
            lockPath: lock.path,
            holderJSON: String(decoding: try JSONEncoder.iso8601.encode(apply), as: UTF8.self))
        #expect(throws: StateError.locked(apply, lockPath: lock.path)) {
            try lock.acquire(holder: .current(command: "muster plan"))
        }

        child.kill()
        #expect(try lock.inspect() == .free(staleHolder: apply))
        #expect(try lock.forceUnlock() == apply)
        #expect(try lock.inspect() == .free(staleHolder: nil))
        _ = try lock.acquire(holder: .current(command: "muster apply"))
    }

    @Test func lockWithoutHolderInfoStillSaysItIsLocked() throws {
        let child = try LockingChild(lockPath: lock.path)
        let error = #expect(throws: StateError.self) { try lock.acquire(holder: apply) }
        #expect(error == .locked(nil, lockPath: lock.path))
        #expect(
            error?.description
                == "state is locked by another process (its holder info in '\(lock.path)' "
                + "cannot be read)")
        child.kill()
    }

    @Test func acquireWaitsUntilTheHolderExits() throws {
        let child = try LockingChild(lockPath: lock.path, seconds: 0.5)
        let clock = ContinuousClock()
        let start = clock.now
        let lease = try lock.acquire(holder: apply, timeout: .seconds(10))
        #expect(lease.isHeld)
        #expect(clock.now - start < .seconds(5))
        child.waitUntilExit()
    }

    @Test func acquireGivesUpAfterTheTimeout() throws {
        let lease = try lock.acquire(holder: apply)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: StateError.locked(apply, lockPath: lock.path)) {
            try lock.acquire(holder: apply, timeout: .milliseconds(350))
        }
        let waited = clock.now - start
        #expect(waited >= .milliseconds(350) && waited < .seconds(3))
        #expect(lease.isHeld)
    }

    @Test func aZeroTimeoutFailsInsteadOfWaiting() throws {
        let lease = try lock.acquire(holder: apply)
        #expect(throws: StateError.self) { try lock.acquire(holder: apply) }
        lease.release()
    }
}

extension JSONEncoder {
    /// An encoder with ISO-8601 dates, as the lock file has them.
    static var iso8601: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
