import Foundation
import MusterCLI
import MusterTestSupport
import Testing

@Suite struct SandboxSeedCommandTests {
    @Test func helpMatchesItsGoldenFile() async {
        let run = await ToolRun(["sandbox", "seed", "--help"])
        #expect(run.code == .success)
        #expect(GoldenFile.mismatch(run.out, golden: "Tests/Golden/help/sandbox-seed.txt") == nil)
    }

    @Test(arguments: [
        (
            ["sandbox", "seed", "--members", "10", "--platforms", "slack,feshu"],
            "seed-unknown-platform.txt"
        ),
        (["sandbox", "seed", "--members", "0"], "seed-members-not-positive.txt"),
        (["sandbox", "seed", "--members", "lots"], "seed-members-not-a-number.txt"),
        (["sandbox", "seed", "--platforms", "slack"], "seed-members-missing.txt"),
    ])
    func usageErrorsExit64WithGoldenMessages(words: [String], golden: String) async {
        let run = await ToolRun(words)
        #expect(run.code == .usage)
        #expect(run.out.isEmpty)
        #expect(GoldenFile.mismatch(run.error, golden: "Tests/Golden/usage/" + golden) == nil)
    }

    @Test func writesTheSameSeedToAFileAsToStandardOutputAndSummarisesIt() async throws {
        let path = NSTemporaryDirectory() + "muster-seed-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let words = ["sandbox", "seed", "--members", "40", "--platforms", "feishu, slack,feishu"]
        let toFile = await ToolRun(words + ["--seed-value", "7", "--out", path])
        let toOut = await ToolRun(words + ["--seed-value", "7"])
        #expect(toFile.code == .success)
        #expect(toFile.out.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written + "\n" == toOut.out)
        #expect(
            toFile.error.hasPrefix(
                "note: wrote 40 members in 1 team and "))
        #expect(toFile.error.contains(" IM accounts on feishu, slack (seed value 7, "))
        #expect(toFile.error.hasSuffix(" bytes) to '\(path)'\n"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["feishu", "slack", "flashduty"])
    }

    @Test func anUnwritableFileIsAFailureNotAUsageError() async {
        let run = await ToolRun([
            "sandbox", "seed", "--members", "3", "--out", "/nonexistent/dir/seed.json",
        ])
        #expect(run.code == .failure)
        #expect(run.error.hasPrefix("error: cannot write '/nonexistent/dir/seed.json': "))
    }
}
