import Foundation
import MusterCLI
import MusterTestSupport
import Testing

@Suite struct ValidateCommandTests {
    private let quickstart = GoldenFile.path("examples/quickstart")
    private let badFixture = GoldenFile.path("Tests/Fixtures/invalid/unknown-spec-key.yaml")

    @Test func aValidConfigurationExits0WithAOneLineVerdict() async {
        let run = await ToolRun(["validate", quickstart])
        #expect(run.code == .success)
        #expect(run.out == "Configuration is valid: 6 documents in 4 files.\n")
        #expect(run.error.isEmpty)
    }

    @Test func anInvalidConfigurationExits1WithGoldenDiagnostics() async {
        let run = await ToolRun(["validate", badFixture])
        #expect(run.code == .failure)
        #expect(run.out.isEmpty)
        let text = GoldenFile.relativized(run.error)
        #expect(GoldenFile.mismatch(text, golden: "Tests/Golden/validate/invalid.txt") == nil)
    }

    @Test func jsonOutputCarriesEveryDiagnosticWithItsPlace() async throws {
        let run = await ToolRun(["validate", "--output", "json", badFixture])
        #expect(run.code == .failure)
        #expect(run.error.isEmpty)
        let text = GoldenFile.relativized(run.out)
        #expect(GoldenFile.mismatch(text, golden: "Tests/Golden/validate/invalid.json") == nil)
        let object = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(object?["valid"] as? Bool == false)
        #expect((object?["diagnostics"] as? [[String: Any]])?.first?["line"] as? Int == 18)
    }

    @Test func colourAppearsOnlyOnATerminalWithoutNoColor() async {
        #expect(
            await ToolRun(["validate", badFixture], isTerminal: true).error.contains("\u{1B}["))
        #expect(
            await !ToolRun(["validate", badFixture], isTerminal: false).error.contains("\u{1B}["))
        let noColor = await ToolRun(
            ["validate", badFixture], environment: ["NO_COLOR": "1"], isTerminal: true)
        #expect(!noColor.error.contains("\u{1B}["))
        let flag = await ToolRun(["validate", "--no-color", badFixture], isTerminal: true)
        #expect(!flag.error.contains("\u{1B}["))
    }

    @Test func checkSecretsNamesEachMissingVariableAndTheDocument() async {
        let run = await ToolRun(["validate", "--check-secrets", quickstart], environment: [:])
        #expect(run.code == .failure)
        #expect(
            run.error.contains(
                "environment variable 'FLASHDUTY_APP_KEY' is not set (needed by Service 'flashduty' spec.appKey)"
            ))
        #expect(
            run.error.contains(
                "environment variable 'SLACK_BOT_TOKEN' is not set (needed by Integration 'slack-prod' spec.credentials.botToken)"
            ))
    }

    /// A resolved secret never reaches any output, whatever the command and format.
    @Test func noResolvedSecretAppearsInAnyOutput() async {
        let secrets = [
            "FLASHDUTY_APP_KEY": "fd-app-key-7d1c0a55e9",
            "SLACK_BOT_TOKEN": "xoxb-4242-secret-token",
        ]
        let runs = [
            await ToolRun(["validate", "--check-secrets", quickstart], environment: secrets),
            await ToolRun(
                ["validate", "--check-secrets", "--output", "json", quickstart],
                environment: secrets),
            await ToolRun(["validate", "--check-secrets", badFixture], environment: secrets),
            await ToolRun(
                ["validate", "--check-secrets", quickstart],
                environment: ["SLACK_BOT_TOKEN": secrets["SLACK_BOT_TOKEN"] ?? ""]),
        ]
        #expect(runs[0].code == .success)
        for run in runs {
            for value in secrets.values {
                #expect(!run.out.contains(value) && !run.error.contains(value))
            }
        }
    }

    @Test func theDefaultPathIsTheCurrentDirectory() async {
        let run = await ToolRun(["validate"])
        // The package root holds examples with several Services, so it is not one configuration;
        // what matters is that it was read at all.
        #expect(run.error.contains("examples/") || run.out.contains("valid"))
    }
}
