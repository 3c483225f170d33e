import Foundation
import MusterSandbox
import Testing

/// schema/sandbox-seed.schema.json against the seed types, through Python's `jsonschema`.
@Suite struct SeedSchemaTests {
    private static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    @Test func demoSeedAndAGeneratedSeedMatchTheSchema() throws {
        let generated = SandboxSeedGenerator(options: .init(members: 300)).makeSeed()
        let documents = [
            try SandboxSeedGenerator.encoded(.demo), try SandboxSeedGenerator.encoded(generated),
        ]
        #expect(try Self.validate(documents) == ["valid", "valid"])
    }

    /// Minimal documents: the schema accepts exactly those the decoder accepts.
    @Test(arguments: [
        #"{}"#, #"{"slack": {}}"#, #"{"feishu": {}, "lark": {"tenantKey": "l"}}"#,
        #"{"flashduty": {}}"#, #"{"dingtalk": {"apps": [], "users": [], "templates": []}}"#,
        #"{"dingtalk": {"apps": []}}"#,
        #"{"wecom": {"corpId": "w", "apps": [], "departments": [], "users": []}}"#,
        #"{"wecom": {"users": []}}"#, #"{"slack": {"users": [{"id": "U1"}]}}"#,
        #"{"flashduty": {"members": [{"id": 1, "name": "a", "phone": "5550000001"}]}}"#,
        #"{"flashduty": {"members": [{"id": "1", "name": "a"}]}}"#, #"{"frozenClock": 1.5}"#,
    ])
    func schemaAcceptsWhatTheDecoderAccepts(document: String) throws {
        let decodes =
            (try? JSONDecoder().decode(SandboxSeed.self, from: Data(document.utf8))) != nil
        let verdict = try Self.validate([Data(document.utf8)])
        #expect(
            verdict.first?.hasPrefix(decodes ? "valid" : "invalid") == true,
            "\(document): the decoder says \(decodes ? "valid" : "invalid"), the schema \(verdict)")
    }

    /// The verdict of `validate_seed.py` on each document, in order.
    private static func validate(_ documents: [Data]) throws -> [String] {
        let directory = NSTemporaryDirectory() + "muster-seed-schema-\(UUID().uuidString)"
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let paths = try documents.enumerated().map { index, bytes in
            let path = directory + "/seed-\(index).json"
            try bytes.write(to: URL(fileURLWithPath: path))
            return path
        }
        let output = try runPython(
            [
                root + "/Tests/Conformance/validate_seed.py",
                root + "/schema/sandbox-seed.schema.json",
            ]
                + paths)
        return output.split(separator: "\n").map(String.init)
    }

    private static func runPython(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        let error = Pipe()
        process.standardOutput = out
        process.standardError = error
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let message = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(
            process.terminationStatus == 0,
            "validate_seed.py failed: \(String(decoding: message, as: UTF8.self))")
        return String(decoding: output, as: UTF8.self)
    }
}
