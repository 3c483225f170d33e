import MusterSandbox

/// A fake clock whose sleeps also move the sandbox's virtual clock, so the emulators' rate
/// windows roll over while the transport waits, and nobody really waits.
final class SandboxLinkedClock: Sendable {
    let fake = FakeClock()
    private let store: SandboxStore

    init(_ server: SandboxServer) {
        store = server.store
    }

    var now: @Sendable () -> Double { fake.now }

    var sleep: @Sendable (Double) async throws -> Void {
        { [fake, store] seconds in
            try await fake.sleep(seconds)
            store.update { world in
                world.clock.advance(by: seconds)
                return ((), false)
            }
        }
    }

    var slept: Double { fake.sleeps.withLock { $0.reduce(0, +) } }
}
