import Foundation
import MusterPlan

/// The record of an apply in flight: a JSON-lines file beside the state, appended to only.
///
/// Apply writes an intent before each call to the live side and an outcome after it, each on
/// disk before the write returns, so after a crash `load` tells what was done, what failed and
/// what was in flight. The first line is a header naming the plan; `begin` creates the file
/// with it in one step, so a journal always has one. A last line cut short by a crash is
/// ignored. The journal holds ids, names and emails only, never a secret.
package struct Journal: Sendable {
    /// The version of the journal's line format.
    package static let currentFormat = 1

    /// The first line: which plan the apply carries out, and since when.
    struct Header: Codable {
        var formatVersion: Int
        var planID: String
        var startedAt: Date
    }

    /// The journal file's path.
    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// Starts the journal of an apply, with a header line naming the plan.
    ///
    /// - Throws: `StateError.journalExists` when a journal is already there: an earlier apply
    ///   did not finish, and its journal must be replayed and cleared first.
    package func begin(planID: String, now: Date = Date()) throws(StateError) -> JournalWriter {
        let header = Header(
            formatVersion: Self.currentFormat, planID: planID,
            startedAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)))
        var line = try StateJSON.encode(header, pretty: false, for: path)
        line.append(0x0A)
        guard try FileSystem.create(path, with: line) else { throw .journalExists(path: path) }

        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unwritable(path: path, reason: FileSystem.reason(errno))
        }
        return JournalWriter(path: path, descriptor: descriptor)
    }

    /// What the journal records; nil when there is no journal, so no apply is in flight.
    ///
    /// - Throws: `StateError.malformedJournal` naming the line when a line other than a torn
    ///   last one is not a valid record, or the records contradict each other.
    package func load() throws(StateError) -> JournalReplay? {
        guard let data = try FileSystem.read(path) else { return nil }
        return try JournalParser(path: path).parse(data)
    }

    /// Removes the journal, once the state records everything it did.
    package func clear() throws(StateError) {
        try FileSystem.remove(path)
    }
}
