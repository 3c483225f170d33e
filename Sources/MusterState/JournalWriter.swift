import Foundation
import MusterPlan
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Appends intents and outcomes to a journal that `Journal.begin` created.
///
/// Each record is one line written with a single write(2) and fsync'd before the call
/// returns. Intents are numbered from 1. The writer remembers each intent until its outcome,
/// so an outcome line repeats the intent's address and operation and every line reads on its
/// own. It is `Sendable`: a mutex makes records one at a time, so lines never interleave and
/// sequence numbers follow the order of the lines.
package final class JournalWriter: Sendable {
    /// An intent still waiting for its outcome.
    private struct Intent {
        let address: ResourceAddress
        let operation: MusterPlan.ChangeOperation
    }

    /// What the writer keeps between records.
    private struct Progress {
        var nextSequence = 1
        var awaitingOutcome: [Int: Intent] = [:]
    }

    /// The journal file's path.
    package let path: String
    private let descriptor: Int32
    private let progress = Mutex(Progress())

    init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Records that apply is about to carry out an operation.
    ///
    /// - Returns: The intent's sequence number, for its outcome.
    package func recordIntent(
        address: ResourceAddress, operation: MusterPlan.ChangeOperation, at time: Date = Date()
    ) throws(StateError) -> Int {
        try progress.withLock { progress throws(StateError) in
            let sequence = progress.nextSequence
            try append(
                .intent(sequence: sequence, address: address, operation: operation, time: time))
            progress.nextSequence += 1
            progress.awaitingOutcome[sequence] = Intent(address: address, operation: operation)
            return sequence
        }
    }

    /// Records what became of an intent recorded earlier by this writer.
    ///
    /// - Precondition: `sequence` came from this writer's `recordIntent` and has no outcome
    ///   yet.
    package func recordOutcome(
        sequence: Int, outcome: JournalEntry.Outcome, at time: Date = Date()
    ) throws(StateError) {
        try progress.withLock { progress throws(StateError) in
            guard let intent = progress.awaitingOutcome[sequence] else {
                preconditionFailure("intent \(sequence) was not recorded or has its outcome")
            }
            try append(
                .outcome(
                    sequence: sequence, address: intent.address, operation: intent.operation,
                    outcome: outcome, time: time))
            progress.awaitingOutcome[sequence] = nil
        }
    }

    /// Writes one line in one write(2) and fsyncs it; a partial line is taken back.
    private func append(_ entry: JournalEntry) throws(StateError) {
        var line = try StateJSON.encode(entry, pretty: false, for: path)
        line.append(0x0A)
        let end = lseek(descriptor, 0, SEEK_END)
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            let reason = written < 0 ? FileSystem.reason(errno) : "short write"
            if end >= 0 { _ = ftruncate(descriptor, end) }
            throw .unwritable(path: path, reason: reason)
        }
        guard fsync(descriptor) == 0 else {
            throw .unwritable(path: path, reason: FileSystem.reason(errno))
        }
    }
}
