import Foundation
import MusterConfig
import MusterModel
import MusterTestSupport
import Testing

/// The JSON Schemas in schema/ and the loader accept and reject the same files.
@Suite struct SchemaAgreementTests {
    private func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: GoldenFile.path("schema/" + name)))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func value(_ object: Any?, _ path: [String]) -> Any? {
        path.reduce(object) { ($0 as? [String: Any])?[$1] }
    }

    /// check-jsonschema (from PyPI) accepts every example and rejects every invalid fixture;
    /// the loader's side of the same files is held by the example and fixture tests.
    @Test func checkJsonschemaAgreesWithTheLoaderOnEveryFile() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", GoldenFile.path("Scripts/check-schemas")]
        process.currentDirectoryURL = URL(fileURLWithPath: GoldenFile.repositoryRoot)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(
            decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 0,
            "Scripts/check-schemas failed (pip install check-jsonschema if it is missing):\n\(output)"
        )
        #expect(output.contains(" 0 failed"))
    }

    @Test func theSchemaListsExactlyTheScopesOfTheCatalog() throws {
        let enumerated = try #require(
            value(try schema("permission-grant.schema.json"), ["$defs", "scope", "enum"])
                as? [String])
        let catalog = Platform.allCases.flatMap { ScopeCatalog.scopes(for: $0).map(\.name) }
        #expect(Set(enumerated) == Set(catalog))
    }

    @Test func theSchemaListsExactlyTheKindsPlatformsAndSeverities() throws {
        let kinds =
            value(try schema("muster.schema.json"), ["properties", "kind", "enum"]) as? [String]
        #expect(kinds == DocumentKind.allCases.map(\.rawValue))
        let platforms =
            value(
                try schema("integration.schema.json"),
                ["$defs", "spec", "properties", "platform", "enum"]) as? [String]
        #expect(platforms == Platform.allCases.map(\.rawValue))
        let text = try String(
            contentsOfFile: GoldenFile.path("schema/war-room-policy.schema.json"), encoding: .utf8)
        #expect(text.contains("[\"Critical\", \"Warning\", \"Info\"]"))
        #expect(WarRoomPolicy.Severity.allCases.map(\.rawValue) == ["Critical", "Warning", "Info"])
    }
}
