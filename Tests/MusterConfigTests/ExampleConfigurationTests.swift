import MusterConfig
import MusterTestSupport
import Testing

@Suite struct ExampleConfigurationTests {
    static let configurations: [[String]] = [
        ["examples/quickstart"], ["examples/feishu"], ["examples/lark"], ["examples/dingtalk"],
        ["examples/wecom"],
        ["examples/gitops/environments/staging", "examples/gitops/shared"],
        ["examples/gitops/environments/production", "examples/gitops/shared"],
    ]

    @Test(arguments: configurations)
    func everyExampleLoadsWithNoDiagnostics(paths: [String]) {
        let result = ConfigurationLoader().load(paths: paths.map(GoldenFile.path))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.configuration != nil)
    }

    @Test func theQuickstartHasOneOfEveryKind() throws {
        let result = ConfigurationLoader().load(paths: [GoldenFile.path("examples/quickstart")])
        let configuration = try #require(result.configuration)
        #expect(configuration.integrations.map(\.name) == ["slack-prod"])
        #expect(configuration.integrations.first?.isWarRoomEnabled == true)
        #expect(configuration.grants.count == 2)
        #expect(configuration.bindings.first?.match == [.email])
        let policy = try #require(configuration.policies.first)
        #expect(policy.lifecycle.dissolveAfter?.seconds == 86_400)
        #expect(policy.filter.severities == [.critical])
    }
}
