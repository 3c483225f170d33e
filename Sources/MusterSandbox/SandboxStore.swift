import Foundation
import Synchronization

/// The one live ``SandboxWorld``, guarded by a mutex, and saved under the state directory.
///
/// Every request handler reads and changes the world inside one critical section, so each
/// emulated call is atomic with respect to the others. A change that matters after a restart
/// (anything but counters and rate-limit windows) is saved within ``defaultSaveDelay`` by a
/// ``StateWriter`` in the background, outside the critical section; the rest is saved with
/// the next such change and on ``flush()``. A crash loses at most the changes of that last
/// interval and the save in progress; ``flush()`` (and so ``SandboxServer/stop()``) saves at
/// once.
package final class SandboxStore: Sendable {
    /// How long a lasting change may wait before it is saved, unless the store is told
    /// otherwise.
    package static let defaultSaveDelay = Duration.milliseconds(100)

    private let world: Mutex<SandboxWorld>
    private let writer: StateWriter?

    /// Loads the saved world from `directory`, or starts from `seed` when there is none.
    ///
    /// - Parameter saveDelay: How long a lasting change may wait before it is on disk.
    /// - Throws: ``SandboxError/stateUnreadable(path:reason:)`` when a saved state exists but
    ///   does not decode, rather than silently starting over.
    package init(
        seed: SandboxSeed, directory: String?, saveDelay: Duration = defaultSaveDelay
    ) throws(SandboxError) {
        let file = directory.map { StateFile(directory: $0) }
        let saved = try file?.load()
        self.world = Mutex(saved ?? SandboxWorld(seed: seed))
        self.writer = file.map { StateWriter(file: $0, delay: saveDelay) }
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

    /// Runs `body` on the world, and has the world saved when `body` says its change must
    /// last: within the save delay, by the background writer.
    package func update<R>(_ body: (inout SandboxWorld) -> (result: R, persist: Bool)) -> R {
        let outcome = world.withLock { body(&$0) }
        if outcome.persist { writer?.markDirty { [weak self] in self?.snapshot } }
        return outcome.result
    }

    /// Saves the current world, counters included, before returning.
    package func flush() {
        writer?.saveNow { snapshot }
    }
}
