import Foundation
import Synchronization

// TODO: each save still encodes the whole world, 3-5 s for 50,000 members on every
// platform, so under steady load the file lags by up to one save; append changes to a journal
// and compact it now and then, so that a save costs what changed.
/// Saves the world from a background queue, at most once per ``delay``, keeping only the
/// newest generation.
///
/// ``markDirty(_:)`` is cheap and never blocks on the disk: it schedules one save `delay` from
/// now unless one is already scheduled. The save takes its snapshot when it runs, so every
/// change made before then is in it, and a change made after schedules the next save. Saves
/// and ``saveNow(_:)`` run one at a time on one serial queue, so an older snapshot never
/// replaces a newer one, and each save stays atomic (see ``StateFile``). After a crash the
/// file misses at most the changes of the last `delay` and of the save in progress.
final class StateWriter: Sendable {
    /// How long a change may wait before it is on disk.
    let delay: Duration
    private let file: StateFile
    private let queue = DispatchQueue(label: "muster.sandbox.state-writer")
    /// The number of the save scheduled, if any; ``saveNow()`` cancels it.
    private let scheduled = Mutex<(isPending: Bool, generation: Int)>((false, 0))

    init(file: StateFile, delay: Duration) {
        self.file = file
        self.delay = delay
    }

    /// Schedules a save of what `snapshot` returns then, within ``delay``, unless one is
    /// already waiting; nil from `snapshot` (the store is gone) saves nothing.
    func markDirty(_ snapshot: @escaping @Sendable () -> SandboxWorld?) {
        let generation: Int? = scheduled.withLock { state in
            guard !state.isPending else { return nil }
            state = (true, state.generation + 1)
            return state.generation
        }
        guard let generation else { return }
        let nanoseconds =
            Int(delay.components.seconds) * 1_000_000_000
            + Int(delay.components.attoseconds / 1_000_000_000)
        queue.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in
            saveScheduled(generation, snapshot)
        }
    }

    /// Saves the current world before returning, and cancels any scheduled save.
    func saveNow(_ snapshot: () -> SandboxWorld) {
        queue.sync {
            scheduled.withLock { $0.isPending = false }
            write(snapshot())
        }
    }

    private func saveScheduled(_ generation: Int, _ snapshot: () -> SandboxWorld?) {
        let isCurrent = scheduled.withLock { state in
            guard state.isPending, state.generation == generation else { return false }
            state.isPending = false
            return true
        }
        guard isCurrent, let world = snapshot() else { return }
        write(world)
    }

    private func write(_ world: SandboxWorld) {
        do {
            try file.save(world)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        }
    }
}
