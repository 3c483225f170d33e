import Foundation
import MusterPlan
import Testing

@testable import MusterState

/// Reading and writing the ownership state.
@Suite struct StateStoreTests {
    let directory: TemporaryDirectory
    let store: StateStore

    init() throws {
        directory = try TemporaryDirectory()
        store = StateStore(path: directory.file(".muster/state.json"))
    }

    private func sampleState() -> OwnershipState {
        var state = OwnershipState(lineage: "5f0c7c1e-0000-4000-8000-000000000001")
        state.roles["Responder"] = .init(id: 41, origin: .created)
        state.recordGrant(
            role: "Responder", .init(memberID: 7, email: "alice@example.com", origin: .adopted))
        return state
    }

    @Test func loadGivesNilWhenThereIsNoFile() throws {
        #expect(try store.load() == nil)
    }

    @Test func savedStateLoadsBackWithItsSerialIncremented() throws {
        var state = sampleState()
        try store.save(&state)
        #expect(state.serial == 1)
        #expect(try store.load() == state)

        state.removeGrant(role: "Responder", memberID: 7)
        try store.save(&state)
        #expect(state.serial == 2)
        #expect(try store.load() == state)
    }

    @Test func saveCreatesTheMissingDirectoryAndLeavesNoTemporaryFile() throws {
        var state = sampleState()
        try store.save(&state)
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory.file(".muster"))
        #expect(entries == ["state.json"])
    }

    @Test func savedFileIsPrettyPrintedWithSortedKeys() throws {
        var state = OwnershipState(lineage: "l-1")
        state.roles["Responder"] = .init(id: 41, origin: .created)
        try store.save(&state)
        let expected = """
            {
              "formatVersion" : 1,
              "grants" : {

              },
              "lineage" : "l-1",
              "links" : {

              },
              "roles" : {
                "Responder" : {
                  "id" : 41,
                  "origin" : "created"
                }
              },
              "rooms" : {

              },
              "serial" : 1
            }

            """
        #expect(try directory.read(".muster/state.json") == expected)
    }

    @Test func failedWriteLeavesTheOldFileIntact() throws {
        var state = sampleState()
        try store.save(&state)
        let before = try directory.read(".muster/state.json")

        // Fail halfway through writing the temporary file, as a full disk would.
        #expect(throws: StateError.unwritable(path: store.path, reason: "no space left")) {
            try FileSystem.replace(store.path) { descriptor throws(StateError) in
                try FileSystem.writeAll(Data("{\"formatVer".utf8), to: descriptor, path: "")
                throw .unwritable(path: store.path, reason: "no space left")
            }
        }
        #expect(try directory.read(".muster/state.json") == before)
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory.file(".muster"))
        #expect(entries == ["state.json"])
    }

    @Test func failedSaveKeepsTheSerialAndRemovesItsTemporaryFile() throws {
        // A directory where the state file should be makes the final rename fail.
        let path = directory.file("taken")
        try FileManager.default.createDirectory(
            atPath: path + "/inside", withIntermediateDirectories: true)
        var state = sampleState()
        #expect(throws: StateError.self) { try StateStore(path: path).save(&state) }
        #expect(state.serial == 0)
        #expect(try directory.entries() == ["taken"])
    }

    @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
    func unwritableDirectoryLeavesTheOldFileIntact() throws {
        var state = sampleState()
        try store.save(&state)
        let before = try directory.read(".muster/state.json")
        chmod(directory.file(".muster"), 0o555)
        defer { chmod(directory.file(".muster"), 0o755) }

        let error = #expect(throws: StateError.self) { try store.save(&state) }
        #expect(error?.description.contains(store.path) == true)
        #expect(state.serial == 1)
        #expect(try directory.read(".muster/state.json") == before)
    }

    @Test(arguments: [
        ("{\"formatVersion\": 1, \"serial\": ", "not valid JSON"),
        ("", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ("{\"serial\": 3}", "missing key 'formatVersion'"),
        ("{\"formatVersion\": 1, \"serial\": 3}", "missing key 'lineage'"),
        (
            "{\"formatVersion\": 1, \"serial\": 3, \"lineage\": \"l\", \"grants\": {}, "
                + "\"roles\": {\"R\": {\"id\": \"x\", \"origin\": \"created\"}}}",
            "wrong type at 'roles.R.id'"
        ),
    ])
    func corruptedFileGivesATypedErrorNamingTheFile(text: String, reason: String) throws {
        try FileManager.default.createDirectory(
            atPath: directory.file(".muster"), withIntermediateDirectories: true)
        try directory.write(text, to: ".muster/state.json")
        let error = #expect(throws: StateError.self) { try store.load() }
        #expect(error == .malformedState(path: store.path, reason: reason))
        #expect(error?.description == "state file '\(store.path)' is not valid: \(reason)")
    }

    @Test func newerFormatVersionIsReportedAsSuch() throws {
        try FileManager.default.createDirectory(
            atPath: directory.file(".muster"), withIntermediateDirectories: true)
        try directory.write("{\"formatVersion\": 2, \"things\": []}", to: ".muster/state.json")
        #expect(throws: StateError.unsupportedStateFormat(path: store.path, found: 2, supported: 1))
        {
            try store.load()
        }
    }

    @Test func freshStatesAreEmptyWithDistinctLineages() {
        let first = StateStore.makeFresh()
        let second = StateStore.makeFresh()
        #expect(first.isEmpty && first.serial == 0)
        #expect(first.lineage != second.lineage)
        #expect(UUID(uuidString: first.lineage) != nil)
    }

    @Test func lockAndJournalLieBesideTheState() {
        #expect(store.lock.path == directory.file(".muster/state.json.lock"))
        #expect(store.journal.path == directory.file(".muster/journal.jsonl"))
        #expect(StateStore(path: "state.json").journal.path == "./journal.jsonl")
    }
}
