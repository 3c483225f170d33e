import Foundation
import MusterSandbox
import Testing

/// How ``SandboxStore`` gets lasting changes to disk: soon, in the background, and at once
/// on a flush.
@Suite struct SandboxStoreSavingTests {
    private static func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "muster-store-\(UUID().uuidString)"
    }

    /// Slack user U00000001's name as saved in `directory`.
    private static func savedName(_ directory: String) throws -> String? {
        let saved = try SandboxStore(seed: SandboxSeed(), directory: directory).snapshot
        return saved.slack.users.first { $0.id == "U00000001" }?.name
    }

    /// Whether the saved name becomes `name` within five seconds, however slow the machine.
    private static func waitForSavedName(_ name: String, in directory: String) async throws -> Bool
    {
        for _ in 0..<500 {
            if try savedName(directory) == name { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    private static func rename(_ store: SandboxStore, to name: String) {
        store.update { world in
            let index = world.slack.users.firstIndex { $0.id == "U00000001" }
            world.slack.users[index!].name = name
            return ((), true)
        }
    }

    @Test func aLastingChangeReachesTheDiskWithinTheSaveDelayWithoutAFlush() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SandboxStore(
            seed: .demo, directory: directory, saveDelay: .milliseconds(20))
        Self.rename(store, to: "renamed")
        #expect(try await Self.waitForSavedName("renamed", in: directory))
    }

    @Test func aFlushSavesAtOnceAndAPendingSaveCannotUndoALaterOne() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SandboxStore(seed: .demo, directory: directory, saveDelay: .seconds(30))
        Self.rename(store, to: "first")
        #expect(try Self.savedName(directory) == "user1")
        store.flush()
        #expect(try Self.savedName(directory) == "first")
        Self.rename(store, to: "second")
        store.flush()
        #expect(try Self.savedName(directory) == "second")
    }

    @Test func manyQuickChangesEndWithTheNewestOnDisk() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SandboxStore(
            seed: .demo, directory: directory, saveDelay: .milliseconds(5))
        for index in 1...50 {
            Self.rename(store, to: "name-\(index)")
            if index % 10 == 0 { try await Task.sleep(for: .milliseconds(3)) }
        }
        #expect(try await Self.waitForSavedName("name-50", in: directory))
    }
}
