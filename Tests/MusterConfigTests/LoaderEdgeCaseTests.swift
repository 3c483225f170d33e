import Foundation
import MusterConfig
import MusterDiagnostics
import MusterTestSupport
import Testing

/// The loader's answers to input that is not a configuration at all.
@Suite struct LoaderEdgeCaseTests {
    private static let service = """
        apiVersion: muster.dev/v1
        kind: Service
        metadata: {name: flashduty}
        spec: {appKey: "${env:FLASHDUTY_APP_KEY}"}

        """

    private func directory(_ files: [String: [UInt8]]) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("muster-\(UUID().uuidString)").path
        for (name, bytes) in files {
            let path = root + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
        }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return root
    }

    private func messages(_ paths: [String]) -> [String] {
        ConfigurationLoader().load(paths: paths).diagnostics.map {
            ($0.location.map {
                "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): "
            } ?? "")
                + $0.message
        }
    }

    @Test func aPathThatDoesNotExistIsOneClearError() {
        #expect(messages(["/nonexistent/muster"]) == ["path '/nonexistent/muster' does not exist"])
    }

    @Test func aDirectoryWithNoYAMLIsOneClearError() throws {
        let root = try directory(["README.md": Array("hi".utf8)])
        #expect(messages([root]) == ["no .yaml or .yml files in '\(root)'"])
    }

    @Test func anEmptyFileIsReportedAndTheRestStillLoads() throws {
        let root = try directory([
            "a.yaml": Array(Self.service.utf8), "b.yaml": [],
            "c.yml": Array("# only a comment\n".utf8),
        ])
        #expect(
            messages([root]) == [
                "b.yaml:1:1: file has no documents", "c.yml:1:1: file has no documents",
            ])
    }

    @Test func aFileThatIsNotUTF8IsReportedAtItsFirstBadByte() throws {
        var bytes = Array(Self.service.utf8)
        bytes += Array("# caf".utf8) + [0xE9] + Array("\n".utf8)
        let root = try directory(["a.yaml": bytes])
        #expect(messages([root]) == ["a.yaml:5:6: file is not valid UTF-8 (byte 0xE9)"])
    }

    @Test func problemsInEveryFileAreCollectedBeforeStopping() throws {
        let root = try directory([
            "a.yaml": Array((Self.service + "---\nkind: Integration\n").utf8),
            "b/c.yaml": Array(
                "apiVersion: muster.dev/v1\nkind: Polcy\nmetadata: {name: x}\nspec: {}\n".utf8),
            "d.yaml": Array("a: [\n".utf8),
        ])
        let found = messages([root])
        #expect(found.count == 5, "\(found)")
        #expect(found.contains("a.yaml:6:1: document is missing required field 'apiVersion'"))
        #expect(found.contains("a.yaml:6:1: Integration is missing required field 'spec'"))
        #expect(found.contains("c.yaml:2:7: unknown kind 'Polcy'"))
        #expect(found.contains { $0.hasPrefix("d.yaml:2:1: invalid YAML") })
    }

    @Test func filesAreReadInSortedOrderAndHiddenDirectoriesAreSkipped() throws {
        let root = try directory([
            "z.yaml": Array(Self.service.utf8), "a/b.yml": Array("a: 1\n".utf8),
            ".muster/state.yaml": Array("junk: [\n".utf8),
        ])
        let result = ConfigurationLoader().load(paths: [root])
        #expect(
            result.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["b.yml", "z.yaml"])
    }

    @Test func aFileNamedTwiceIsReadOnce() throws {
        let root = try directory(["s.yaml": Array(Self.service.utf8)])
        let result = ConfigurationLoader().load(paths: [root, root + "/s.yaml"])
        #expect(result.files.count == 1)
        #expect(result.diagnostics.isEmpty)
    }
}
