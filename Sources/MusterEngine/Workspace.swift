import Foundation
import MusterPlan
import MusterState

/// Muster's own files for one configuration: the ownership state, its lock and the journal
/// of the apply in flight, all under the work directory (`.muster` by default).
package struct Workspace: Sendable {
    package let directory: String
    package let store: StateStore

    package init(directory: String) {
        self.directory = directory
        self.store = StateStore(path: directory + "/state.json")
    }

    /// The ownership state, or a fresh one when there is none yet.
    package func loadState() throws(EngineError) -> OwnershipState {
        do {
            return try store.load() ?? StateStore.makeFresh()
        } catch {
            throw .state(error.description)
        }
    }

    /// Writes the state atomically.
    package func saveState(_ state: inout OwnershipState) throws(EngineError) {
        do {
            try store.save(&state)
        } catch {
            throw .state(error.description)
        }
    }

    /// Takes the state lock for a command, or says who holds it.
    package func lock(command: String) throws(EngineError) -> StateLock.Lease {
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .state("cannot create '\(directory)': \(error.localizedDescription)")
        }
        do {
            return try store.lock.acquire(holder: .current(command: command))
        } catch {
            throw .state(error.description)
        }
    }

    /// The writes an interrupted apply journaled; empty when no apply was interrupted.
    package func journaledWrites() throws(EngineError) -> [JournaledWrite] {
        let replay: JournalReplay?
        do {
            replay = try store.journal.load()
        } catch {
            throw .state(error.description)
        }
        return (replay?.steps ?? []).map { step in
            let status: JournaledWrite.Status
            switch step.outcome {
            case .succeeded(let createdID): status = .succeeded(createdID: createdID)
            case .failed: status = .failed
            case .uncertain, nil: status = .pending
            }
            return JournaledWrite(address: step.address, operation: step.operation, status: status)
        }
    }

    /// Starts the journal of a new apply; an interrupted apply's journal must be cleared first.
    package func beginJournal(planID: String) throws(EngineError) -> any ApplyJournal {
        do {
            return FileJournal(writer: try store.journal.begin(planID: planID))
        } catch {
            throw .state(error.description)
        }
    }

    /// Removes the journal, once its writes are folded into the saved state.
    package func clearJournal() throws(EngineError) {
        do {
            try store.journal.clear()
        } catch {
            throw .state(error.description)
        }
    }
}

/// The journal file, as the applier writes it.
struct FileJournal: ApplyJournal {
    let writer: JournalWriter

    func recordIntent(_ address: ResourceAddress, _ operation: ChangeOperation) throws -> Int {
        try writer.recordIntent(address: address, operation: operation)
    }

    func recordOutcome(_ sequence: Int, _ outcome: WriteOutcome) throws {
        switch outcome {
        case .succeeded(let createdID):
            try writer.recordOutcome(sequence: sequence, outcome: .succeeded(createdID: createdID))
        case .failed(let message):
            try writer.recordOutcome(sequence: sequence, outcome: .failed(message: message))
        }
    }
}
