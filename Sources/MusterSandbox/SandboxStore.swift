import Foundation
import Synchronization

/// The one live ``SandboxWorld``, guarded by a mutex, and saved under the state directory.
///
/// Every request handler reads and changes the world inside one critical section, so each
/// emulated call is atomic with respect to the others. Changes that matter after a restart
/// (anything but counters and rate-limit windows) are saved before the call answers; the rest
/// is saved with the next such change and on ``flush()``.
package final class SandboxStore: Sendable {
    private let world: Mutex<SandboxWorld>
    private let file: StateFile?

    /// Loads the saved world from `directory`, or starts from `seed` when there is none.
    ///
    /// - Throws: ``SandboxError/stateUnreadable(path:reason:)`` when a saved state exists but
    ///   does not decode, rather than silently starting over.
    package init(seed: SandboxSeed, directory: String?) throws(SandboxError) {
        let file = directory.map { StateFile(directory: $0) }
        let saved = try file?.load()
        self.file = file
        self.world = Mutex(saved ?? SandboxWorld(seed: seed))
        if saved == nil { flush() }
    }

    /// A copy of the current world.
    package var snapshot: SandboxWorld {
        world.withLock { $0 }
    }

    /// Reads the world without changing it.
    package func read<R>(_ body: (SandboxWorld) -> R) -> R {
        world.withLock { body($0) }
    }

    /// Runs `body` on the world, and saves the world when `body` says its change must last.
    package func update<R>(_ body: (inout SandboxWorld) -> (result: R, persist: Bool)) -> R {
        world.withLock { world in
            let outcome = body(&world)
            if outcome.persist { save(world) }
            return outcome.result
        }
    }

    /// Saves the current world, counters included.
    package func flush() {
        world.withLock { save($0) }
    }

    // TODO: each lasting change re-encodes and fsyncs the whole world while holding the lock,
    // which stalls other calls for a few milliseconds and far longer for a large organisation;
    // append changes to a journal and compact it, or save from a background writer that keeps
    // the newest generation only.
    private func save(_ world: SandboxWorld) {
        guard let file else { return }
        do {
            try file.save(world)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        }
    }
}
