import Dispatch
import Foundation
import Synchronization

/// Turns SIGINT and SIGTERM into a flag while a long command runs, so that it stops after the
/// change in flight, saves what it did, and exits cleanly instead of dying mid-write.
///
/// Outside the window the signals keep their default effect.
final class StopSignal: Sendable {
    private let received: Flag

    /// The flag the signal handlers raise.
    private final class Flag: Sendable {
        private let value = Atomic<Bool>(false)
        func raise() { value.store(true, ordering: .sequentiallyConsistent) }
        var isRaised: Bool { value.load(ordering: .sequentiallyConsistent) }
    }
    /// Dispatch sources are thread-safe objects that Swift does not mark `Sendable`; they are
    /// set once here and only cancelled afterwards.
    private nonisolated(unsafe) let sources: [any DispatchSourceSignal]

    init(onStop: @escaping @Sendable () -> Void = {}) {
        let flag = Flag()
        received = flag
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                flag.raise()
                onStop()
            }
            source.resume()
            return source
        }
    }

    /// Whether a stop was asked for.
    var isRaised: Bool { received.isRaised }

    /// Gives the signals their default effect back.
    func restore() {
        sources.forEach { $0.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
