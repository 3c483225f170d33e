import Foundation
import MusterTestSupport
import Testing

/// What `muster plan` prints against the sandbox, golden-tested in each format.
@Suite struct PlanOutputTests {
    @Test(arguments: ["text", "json", "markdown"])
    func thePlanOfTheQuickstartOrganisationMatchesItsGoldenFile(format: String) async throws {
        let harness = try ApplyHarness()
        let plan = await harness.muster("plan", ["--output", format, "--no-color"])
        #expect(plan.code == .success, "\(plan.error)")
        let golden =
            "Tests/Golden/plan-sandbox/quickstart.\(format == "markdown" ? "md" : format == "json" ? "json" : "txt")"
        let mismatch = GoldenFile.mismatch(harness.relativized(plan.out), golden: golden)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test func theJSONPlanValidatesAgainstThePlanSchema() async throws {
        let harness = try ApplyHarness()
        let plan = await harness.muster("plan", ["--output", "json"])
        let file = harness.directory + "/plan-output.json"
        try plan.out.write(toFile: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "check-jsonschema", "--schemafile", GoldenFile.path("schema/plan.schema.json"), file,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func aVerboseRunLogsEveryRequestAndNoSecret() async throws {
        let harness = try ApplyHarness()
        let run = await harness.muster("apply", ["--auto-approve", "--verbose"])
        #expect(run.code == .success)
        let lines = run.error.split(separator: "\n").filter { $0.hasPrefix("debug: request ") }
        #expect(lines.count >= 12)
        #expect(
            lines.allSatisfy {
                $0.contains("status=") && $0.contains("duration_ms=") && $0.contains("attempt=")
            })
        #expect(lines.contains { $0.contains("method=/role/member/grant") })
        for secret in ["fd-quickstart-admin", "xoxb-quickstart"] {
            #expect(!run.out.contains(secret) && !run.error.contains(secret))
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: harness.stateDirectory)
        for file in files {
            let text =
                (try? String(contentsOfFile: harness.stateDirectory + "/" + file, encoding: .utf8))
                ?? ""
            #expect(!text.contains("fd-quickstart-admin") && !text.contains("xoxb-quickstart"))
        }
    }

    @Test func theReadmesFirstCommandAppliesTheQuickstartOnTheEmbeddedSandbox() async throws {
        let directory = NSTemporaryDirectory() + "muster-readme-\(UUID().uuidString)"
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let words = [
            "apply", GoldenFile.path("examples/quickstart"), "--sandbox", "--auto-approve",
        ]
        let first = await ToolRun(words, currentDirectory: directory)
        #expect(first.code == .success, "\(first.error)")
        #expect(first.out.contains(#"+ role_grant.Responder["alice@example.com"]"#))
        #expect(first.out.contains("Converged: planning again finds no changes."))
        #expect(
            FileManager.default.fileExists(
                atPath: directory + "/.muster/sandbox/sandbox-state.json"))

        let again = await ToolRun(
            ["plan", GoldenFile.path("examples/quickstart"), "--sandbox", "--detailed-exitcode"],
            currentDirectory: directory)
        #expect(again.code == .success)
        #expect(again.out.hasSuffix("No changes. The live side matches the configuration.\n"))
    }
}
