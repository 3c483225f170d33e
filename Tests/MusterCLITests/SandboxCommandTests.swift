import Foundation
import MusterCLI
import MusterTestSupport
import Testing

@Suite struct SandboxCommandTests {
    /// The tool with a `serve` that stops as soon as it has started.
    private let tool = MusterTool(commands: [SandboxCommand(serve: SandboxServeCommand {})])

    @Test(arguments: [
        (["sandbox", "--help"], "help/sandbox.txt"), (["help", "sandbox"], "help/sandbox.txt"),
        (["sandbox", "serve", "--help"], "help/sandbox-serve.txt"),
    ])
    func helpMatchesItsGoldenFile(words: [String], golden: String) async {
        let run = await ToolRun(words)
        #expect(run.code == .success)
        #expect(GoldenFile.mismatch(run.out, golden: "Tests/Golden/" + golden) == nil)
    }

    @Test func aGroupWithoutACommandShowsItsHelpAndExits64() async {
        let run = await ToolRun(["sandbox"])
        #expect(run.code == .usage)
        #expect(run.out.contains("COMMANDS:\n  serve"))
    }

    @Test func anUnknownSubcommandGetsASuggestion() async {
        let run = await ToolRun(["sandbox", "srve"])
        #expect(run.code == .usage)
        #expect(
            GoldenFile.mismatch(run.error, golden: "Tests/Golden/usage/unknown-subcommand.txt")
                == nil)
    }

    @Test func servePrintsLoopbackEndpointsAsJSONAndSavesItsState() async throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent(
            "muster-serve-\(UUID().uuidString)"
        ).path
        let run = await ToolRun(
            ["sandbox", "serve", "--output", "json", "--state", state], tool: tool)
        #expect(run.code == .success, "\(run.error)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let endpoints = try #require(object["endpoints"] as? [[String: Any]])
        #expect(endpoints.compactMap { $0["service"] as? String }.contains("slack"))
        for endpoint in endpoints {
            #expect((endpoint["url"] as? String)?.hasPrefix("http://127.0.0.1:") == true)
        }
        #expect(object["state_directory"] as? String == state)
        #expect(FileManager.default.fileExists(atPath: state + "/sandbox-state.json"))
    }

    @Test func serveSaysWhereItListensAndThatItStopped() async {
        let run = await ToolRun(["sandbox", "serve"], tool: tool)
        #expect(run.code == .success)
        #expect(
            run.out.hasPrefix("Sandbox listening on loopback:\n  admin       http://127.0.0.1:"))
        #expect(run.out.contains("State: in memory only"))
        #expect(run.out.hasSuffix("Sandbox stopped.\n"))
    }

    @Test(arguments: [
        (
            ["sandbox", "serve", "--port-base", "http"], ExitCode.usage,
            "'--port-base' must be a port from 1 to 65535, not 'http'"
        ),
        (
            ["sandbox", "serve", "--seed", "/nonexistent.json"], .failure,
            "cannot read seed '/nonexistent.json': no such file"
        ),
    ])
    func badOptionsAreClearErrors(words: [String], code: ExitCode, message: String) async {
        let run = await ToolRun(words, tool: tool)
        #expect(run.code == code)
        #expect(run.error == "error: \(message)\n")
    }
}
