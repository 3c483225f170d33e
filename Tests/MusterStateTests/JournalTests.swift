import Foundation
import MusterPlan
import MusterState
import Testing

/// The journal of an apply in flight.
@Suite struct JournalTests {
    let directory: TemporaryDirectory
    let journal: Journal
    let started = Date(timeIntervalSince1970: 1_796_319_600)

    let createRole = MusterPlan.ChangeOperation.createRole(
        name: "Responder", description: "on call", permissionIDs: [3, 5])
    let grant = MusterPlan.ChangeOperation.grantRole(
        role: .created(name: "Responder"), memberID: 7, email: "alice@example.com")
    let revoke = MusterPlan.ChangeOperation.revokeRole(
        roleID: 40, roleName: "Observer", memberID: 8, email: "bob@example.com")
    let deleteRole = MusterPlan.ChangeOperation.deleteRole(roleID: 40, name: "Observer")

    let roleAddress = ResourceAddress("role", "Responder")
    let grantAddress = ResourceAddress("role_grant", "Responder", "alice@example.com")
    let revokeAddress = ResourceAddress("role_grant", "Observer", "bob@example.com")
    let deleteAddress = ResourceAddress("role", "Observer")

    init() throws {
        directory = try TemporaryDirectory()
        journal = StateStore(path: directory.file(".muster/state.json")).journal
    }

    /// Records four intents: one succeeded, one failed, one uncertain, one in flight.
    private func recordInterruptedApply() throws {
        let writer = try journal.begin(planID: "plan-1", now: started)
        let first = try writer.recordIntent(address: roleAddress, operation: createRole)
        try writer.recordOutcome(sequence: first, outcome: .succeeded(createdID: 77))
        let second = try writer.recordIntent(address: grantAddress, operation: grant)
        let third = try writer.recordIntent(address: revokeAddress, operation: revoke)
        try writer.recordOutcome(sequence: third, outcome: .uncertain(message: "timed out"))
        try writer.recordOutcome(sequence: second, outcome: .failed(message: "member disabled"))
        _ = try writer.recordIntent(address: deleteAddress, operation: deleteRole)
    }

    private func expectedSteps(at time: Date) -> [JournalReplay.Step] {
        [
            .init(
                sequence: 1, address: roleAddress, operation: createRole, intendedAt: time,
                outcome: .succeeded(createdID: 77)),
            .init(
                sequence: 2, address: grantAddress, operation: grant, intendedAt: time,
                outcome: .failed(message: "member disabled")),
            .init(
                sequence: 3, address: revokeAddress, operation: revoke, intendedAt: time,
                outcome: .uncertain(message: "timed out")),
            .init(sequence: 4, address: deleteAddress, operation: deleteRole, intendedAt: time),
        ]
    }

    /// The replay's steps with their intent times set to one value, for comparison.
    private func steps(_ replay: JournalReplay, at time: Date) -> [JournalReplay.Step] {
        replay.steps.map {
            .init(
                sequence: $0.sequence, address: $0.address, operation: $0.operation,
                intendedAt: time, outcome: $0.outcome)
        }
    }

    @Test func loadGivesNilWhenNoApplyIsInFlight() throws {
        #expect(try journal.load() == nil)
    }

    @Test func intentsAndOutcomesLoadBackInSequence() throws {
        try recordInterruptedApply()
        let replay = try #require(try journal.load())
        #expect(replay.planID == "plan-1")
        #expect(replay.startedAt == started)
        #expect(!replay.ignoredTornLine)
        #expect(steps(replay, at: started) == expectedSteps(at: started))
    }

    @Test func intentWithoutOutcomeIsReportedPending() throws {
        try recordInterruptedApply()
        let replay = try #require(try journal.load())
        #expect(replay.pending.map(\.sequence) == [4])
        #expect(replay.pending.first?.operation == deleteRole)
    }

    @Test func eachRecordIsOneLineAndOutcomesRepeatTheirIntent() throws {
        try recordInterruptedApply()
        let lines = try directory.read(".muster/journal.jsonl").split(separator: "\n")
        #expect(lines.count == 1 + 4 + 3)
        let outcome = try JSONDecoder.iso8601.decode(JournalEntry.self, from: Data(lines[2].utf8))
        #expect(outcome.phase == .outcome)
        #expect(outcome.sequence == 1 && outcome.address == roleAddress)
        #expect(outcome.operation == createRole)
    }

    @Test(arguments: ["{\"sequence\":5,\"pha", "{\"sequence\":5}\u{0}", "\u{0}\u{0}\u{0}"])
    func tornFinalLineIsIgnored(tail: String) throws {
        try recordInterruptedApply()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journal.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(tail.utf8))
        try handle.close()

        let replay = try #require(try journal.load())
        #expect(replay.ignoredTornLine)
        #expect(steps(replay, at: started) == expectedSteps(at: started))
    }

    @Test func brokenLineBeforeTheLastIsAnErrorNamingItsLine() throws {
        try recordInterruptedApply()
        var lines = try directory.read(".muster/journal.jsonl").split(separator: "\n")
        lines[2] = "{\"sequence\":1,\"pha"
        try directory.write(lines.joined(separator: "\n") + "\n", to: ".muster/journal.jsonl")
        #expect(
            throws: StateError.malformedJournal(
                path: journal.path, line: 3, reason: "not valid JSON")
        ) {
            try journal.load()
        }
    }

    @Test func outcomeOfAnUnknownIntentIsAnError() throws {
        try recordInterruptedApply()
        var lines = try directory.read(".muster/journal.jsonl").split(separator: "\n")
        lines.remove(at: 1)
        try directory.write(lines.joined(separator: "\n") + "\n", to: ".muster/journal.jsonl")
        let error = #expect(throws: StateError.self) { try journal.load() }
        #expect(
            error?.description
                == "journal '\(journal.path)' line 2 is not valid: outcome of intent 1 matches "
                + "no pending intent")
    }

    @Test func beginRefusesWhileAJournalIsThere() throws {
        try recordInterruptedApply()
        #expect(throws: StateError.journalExists(path: journal.path)) {
            try journal.begin(planID: "plan-2")
        }
        #expect(try journal.load()?.planID == "plan-1")
    }

    @Test func clearRemovesTheJournalSoANewApplyMayBegin() throws {
        try recordInterruptedApply()
        try journal.clear()
        try journal.clear()
        #expect(try journal.load() == nil)
        let writer = try journal.begin(planID: "plan-2")
        #expect(try writer.recordIntent(address: roleAddress, operation: createRole) == 1)
        #expect(try journal.load()?.pending.count == 1)
    }

    @Test func headerOfAnotherFormatIsRejected() throws {
        try FileManager.default.createDirectory(
            atPath: directory.file(".muster"), withIntermediateDirectories: true)
        try directory.write(
            "{\"formatVersion\":2,\"planID\":\"p\",\"startedAt\":\"2026-12-03T17:40:00Z\"}\n",
            to: ".muster/journal.jsonl")
        #expect(
            throws: StateError.malformedJournal(
                path: journal.path, line: 1, reason: "format version 2; this muster reads 1")
        ) {
            try journal.load()
        }
    }
}

extension JSONDecoder {
    /// A decoder with ISO-8601 dates, as the state backend writes them.
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
