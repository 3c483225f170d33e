import MusterCLI
import MusterTestSupport
import Testing

/// Help and usage errors, held byte for byte in golden files.
@Suite struct HelpTests {
    @Test(arguments: [
        (["--help"], "help/muster.txt"), (["help"], "help/muster.txt"),
        (["validate", "--help"], "help/validate.txt"), (["help", "validate"], "help/validate.txt"),
        (["version", "--help"], "help/version.txt"), (["plan", "--help"], "help/plan.txt"),
        (["apply", "--help"], "help/apply.txt"), (["state", "--help"], "help/state.txt"),
        (["state", "rm", "--help"], "help/state-rm.txt"),
        (["reconcile", "--help"], "help/reconcile.txt"),
    ])
    func helpMatchesItsGoldenFile(words: [String], golden: String) async {
        let run = await ToolRun(words)
        #expect(run.code == .success)
        #expect(run.error.isEmpty)
        #expect(GoldenFile.mismatch(run.out, golden: "Tests/Golden/" + golden) == nil)
    }

    @Test func helpFitsIn80Columns() async {
        for words in [["--help"], ["validate", "--help"]] {
            let long = await ToolRun(words).out.split(separator: "\n").filter { $0.count > 80 }
            #expect(long.isEmpty, "\(long)")
        }
    }

    @Test func printsTheVersion() async {
        #expect(await ToolRun(["--version"]).out == "muster \(MusterTool.version)\n")
        #expect(await ToolRun(["version"]).out == "muster \(MusterTool.version)\n")
    }

    @Test(arguments: [
        (["valdate"], "usage/unknown-command.txt"),
        (["validate", "--outptu", "json"], "usage/unknown-option.txt"),
        (["validate", "--output", "yaml"], "usage/invalid-choice.txt"),
        (["validate", "--output"], "usage/missing-value.txt"),
        (["--verison"], "usage/unknown-tool-option.txt"),
        (["version", "extra"], "usage/unexpected-argument.txt"),
        (["plan", "--target", "role[Responder"], "usage/invalid-address.txt"),
        (["state", "show"], "usage/missing-address.txt"),
    ])
    func usageErrorsExit64WithASuggestion(words: [String], golden: String) async {
        let run = await ToolRun(words)
        #expect(run.code == .usage)
        #expect(run.out.isEmpty)
        #expect(GoldenFile.mismatch(run.error, golden: "Tests/Golden/" + golden) == nil)
    }

    @Test func noCommandPrintsHelpAndExits64() async {
        let run = await ToolRun([])
        #expect(run.code == .usage)
        #expect(run.out.hasPrefix("muster: incident war rooms as code"))
    }
}
