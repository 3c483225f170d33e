import Foundation
import MusterPlan

/// Reads and writes the ownership state kept in one JSON file.
///
/// A save increments the state's `serial` and replaces the file atomically (temporary file,
/// fsync, rename, fsync of the directory), so the file always holds a whole state: the old one
/// or the new. The JSON is pretty-printed with sorted keys, so equal states give equal bytes.
/// The store does not lock: a command that writes holds a lease of `lock` from before its
/// `load` until after its `save`.
package struct StateStore: Sendable {
    /// Where the CLI keeps the state unless told otherwise, relative to the current directory.
    package static let defaultPath = ".muster/state.json"

    /// The state file's path.
    package let path: String

    package init(path: String = StateStore.defaultPath) {
        self.path = path
    }

    /// The lock beside the state: `state.json.lock`.
    package var lock: StateLock { StateLock(path: path + ".lock") }

    /// The journal beside the state: `journal.jsonl` in the same directory.
    package var journal: Journal {
        Journal(path: FileSystem.directory(of: path) + "/journal.jsonl")
    }

    /// A new, empty state with a random lineage, for a directory that has none yet.
    package static func makeFresh() -> OwnershipState {
        OwnershipState(lineage: UUID().uuidString.lowercased())
    }

    /// The state in the file; nil when there is no file yet.
    ///
    /// - Throws: `StateError.malformedState` when the file is not a valid state, and
    ///   `StateError.unsupportedStateFormat` when its format version is not this muster's.
    package func load() throws(StateError) -> OwnershipState? {
        guard let data = try FileSystem.read(path) else { return nil }
        try checkFormat(of: data)
        do {
            return try StateJSON.makeDecoder().decode(OwnershipState.self, from: data)
        } catch {
            throw .malformedState(path: path, reason: StateJSON.describe(error))
        }
    }

    /// Writes a state over the file, with its serial incremented.
    ///
    /// `state.serial` is incremented only once the new file is in place; after a failure
    /// both the state and the file are as they were.
    package func save(_ state: inout OwnershipState) throws(StateError) {
        precondition(state.formatVersion == OwnershipState.currentFormat, "states are current")
        var next = state
        next.serial += 1
        let data = try StateJSON.encode(next, pretty: true, for: path)
        try FileSystem.replace(path, with: data)
        state = next
    }

    /// Reads the format version alone first, so a newer file is reported as such rather than
    /// as whatever its first unknown field makes the full decode say.
    private func checkFormat(of data: Data) throws(StateError) {
        struct Header: Decodable { let formatVersion: Int }
        let header: Header
        do {
            header = try StateJSON.makeDecoder().decode(Header.self, from: data)
        } catch {
            throw .malformedState(path: path, reason: StateJSON.describe(error))
        }
        guard header.formatVersion == OwnershipState.currentFormat else {
            throw .unsupportedStateFormat(
                path: path, found: header.formatVersion, supported: OwnershipState.currentFormat)
        }
    }
}
