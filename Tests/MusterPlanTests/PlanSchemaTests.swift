import Foundation
import MusterTestSupport
import Testing

/// schema/plan.schema.json against the JSON golden files, through check-jsonschema (from
/// PyPI: `pip install check-jsonschema`), which runs offline since the schema has no `$id`.
@Suite struct PlanSchemaTests {
    private static let schema = "schema/plan.schema.json"

    @Test func everyGoldenPlanMatchesTheSchema() throws {
        let files = GoldenFile.files(in: "Tests/Golden/plan", extensions: ["json"])
        #expect(files.count >= 3)
        let run = try Self.checkJsonschema(files.map(GoldenFile.path))
        #expect(run.status == 0, "\(run.output)")
    }

    /// A change to the mixed plan's JSON that the schema must reject, by what it breaks.
    @Test(arguments: [
        "no format_version", "an unknown action", "an unknown top-level key",
        "a mask of false inside an object", "a fractional call count", "a location without a line",
        "a malformed address", "a summary without manual",
    ])
    func theSchemaRejectsAMalformedPlan(mutation: String) throws {
        var document = try Self.mixedDocument()
        Self.mutate(&document, mutation)
        let path = NSTemporaryDirectory() + "muster-plan-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: path))
        let run = try Self.checkJsonschema([path])
        #expect(run.status == 1, "\(mutation) passed the schema: \(run.output)")
    }

    private static func mutate(_ document: inout [String: Any], _ mutation: String) {
        var changes = document["resource_changes"] as? [[String: Any]] ?? []
        var change = changes.first?["change"] as? [String: Any] ?? [:]
        switch mutation {
        case "no format_version": document["format_version"] = nil
        case "an unknown action": change["actions"] = ["destroy"]
        case "an unknown top-level key": document["planned_values"] = [:] as [String: Any]
        case "a mask of false inside an object": change["after_sensitive"] = ["name": false]
        case "a fractional call count":
            var cost = document["cost"] as? [String: Any] ?? [:]
            cost["total_calls"] = 1.5
            document["cost"] = cost
        case "a location without a line": changes[0]["location"] = ["file": "a.yaml", "column": 1]
        case "a malformed address": changes[0]["address"] = "role Responder"
        case "a summary without manual":
            var summary = document["summary"] as? [String: Any] ?? [:]
            summary["manual"] = nil
            document["summary"] = summary
        default: Issue.record("unknown mutation \(mutation)")
        }
        changes[0]["change"] = change
        document["resource_changes"] = changes
    }

    private static func mixedDocument() throws -> [String: Any] {
        let data = try Data(
            contentsOf: URL(fileURLWithPath: GoldenFile.path("Tests/Golden/plan/mixed.json")))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// check-jsonschema's exit status and output for the files against the plan schema.
    private static func checkJsonschema(_ files: [String]) throws -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["check-jsonschema", "--schemafile", GoldenFile.path(schema)] + files
        process.currentDirectoryURL = URL(fileURLWithPath: GoldenFile.repositoryRoot)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(
            decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(
            process.terminationStatus != 127,
            "check-jsonschema is missing: pip install check-jsonschema")
        return (process.terminationStatus, output)
    }
}
