import MusterConfig
import MusterDiagnostics
import MusterTestSupport
import Testing

/// Every invalid fixture fails to load, with the diagnostics held in its golden file.
@Suite struct InvalidFixtureTests {
    static let fixtures =
        GoldenFile.files(in: "Tests/Fixtures/invalid", extensions: ["yaml"])
        + GoldenFile.files(in: "Tests/Fixtures/invalid-cross-document", extensions: ["yaml"])

    @Test(arguments: fixtures)
    func failsWithItsGoldenDiagnostics(fixture: String) {
        let result = ConfigurationLoader().load(paths: [GoldenFile.path(fixture)])
        #expect(result.configuration == nil)
        #expect(result.diagnostics.hasErrors)
        let text = Self.render(result)
        let golden = fixture.replacingOccurrences(of: ".yaml", with: ".diagnostics")
        #expect(GoldenFile.mismatch(text, golden: golden) == nil, "\(text)")
    }

    @Test func thereAreFixturesOfBothSorts() {
        #expect(Self.fixtures.filter { $0.contains("/invalid/") }.count >= 14)
        #expect(Self.fixtures.filter { $0.contains("cross-document") }.count >= 9)
    }

    static func render(_ result: ConfigurationLoadResult) -> String {
        let sources = result.sources
        let renderer = DiagnosticRenderer(style: .plain) { file, line in
            sources.line(line, of: file)
        }
        return GoldenFile.relativized(renderer.render(result.diagnostics))
    }
}
