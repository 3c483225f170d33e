import Foundation

/// Reads a journal's lines back into a replay, checking that they tell one consistent story.
///
/// Only the last line may be torn, and only when it has no final newline and is not complete
/// JSON; any other line that is not a valid record is an error naming its line number.
struct JournalParser {
    /// A line's 1-based number and its bytes, without the newline.
    private typealias Line = (number: Int, text: Data)

    let path: String

    func parse(_ data: Data) throws(StateError) -> JournalReplay {
        let (lines, ignoredTornLine) = split(data)
        guard let first = lines.first else {
            throw .malformedJournal(path: path, line: 1, reason: "no header line")
        }
        let header = try decodeHeader(first)

        var steps: [Int: JournalReplay.Step] = [:]
        for line in lines.dropFirst() {
            try record(decode(JournalEntry.self, line), into: &steps, line: line.number)
        }
        return JournalReplay(
            planID: header.planID, startedAt: header.startedAt,
            steps: steps.values.sorted { $0.sequence < $1.sequence },
            ignoredTornLine: ignoredTornLine)
    }

    /// The lines, and whether a torn last line was dropped.
    private func split(_ data: Data) -> ([Line], Bool) {
        var pieces = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        let tail = pieces.removeLast()
        var lines = pieces.enumerated().map { (number: $0.offset + 1, text: Data($0.element)) }
        guard !tail.isEmpty else { return (lines, false) }
        guard isCompleteJSON(tail) else { return (lines, true) }
        lines.append((number: lines.count + 1, text: Data(tail)))
        return (lines, false)
    }

    private func isCompleteJSON(_ text: Data.SubSequence) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text))) != nil
    }

    private func decodeHeader(_ line: Line) throws(StateError) -> Journal.Header {
        let header = try decode(Journal.Header.self, line)
        let (found, supported) = (header.formatVersion, Journal.currentFormat)
        guard found == supported else {
            throw .malformedJournal(
                path: path, line: line.number,
                reason: "format version \(found); this muster reads \(supported)")
        }
        return header
    }

    private func decode<T: Decodable>(_ type: T.Type, _ line: Line) throws(StateError) -> T {
        do {
            return try StateJSON.makeDecoder().decode(type, from: line.text)
        } catch {
            throw .malformedJournal(
                path: path, line: line.number, reason: StateJSON.describe(error))
        }
    }

    /// Adds an entry to the steps, refusing entries that contradict earlier ones.
    private func record(
        _ entry: JournalEntry, into steps: inout [Int: JournalReplay.Step], line: Int
    ) throws(StateError) {
        let sequence = entry.sequence
        switch entry.phase {
        case .intent:
            guard steps[sequence] == nil else {
                throw .malformedJournal(
                    path: path, line: line, reason: "intent \(sequence) recorded twice")
            }
            steps[sequence] = JournalReplay.Step(
                sequence: sequence, address: entry.address, operation: entry.operation,
                intendedAt: entry.time)
        case .outcome:
            guard let step = steps[sequence], step.isPending, step.address == entry.address else {
                throw .malformedJournal(
                    path: path, line: line,
                    reason: "outcome of intent \(sequence) matches no pending intent")
            }
            steps[sequence]?.outcome = entry.outcome
        }
    }
}
