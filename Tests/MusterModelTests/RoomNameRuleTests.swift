import Testing

@testable import MusterModel

@Suite struct RoomNameRuleTests {
    @Test func slackAcceptsOnlyLowercaseNamesUpTo80Characters() {
        let rule = RoomNameRule.of(.slack)
        #expect(rule.violation(of: "inc-42-db_down") == nil)
        #expect(rule.violation(of: String(repeating: "a", count: 80)) == nil)
        #expect(
            rule.violation(of: String(repeating: "a", count: 81))?.contains("limit of 80") == true)
        #expect(rule.violation(of: "Inc-42")?.contains("add '| slug'") == true)
        #expect(rule.violation(of: "")?.contains("renders empty") == true)
    }

    @Test(arguments: [(Platform.feishu, 60), (.lark, 60), (.dingtalk, 30), (.wecom, 50)])
    func otherPlatformsLimitOnlyTheLength(platform: Platform, limit: Int) {
        let rule = RoomNameRule.of(platform)
        #expect(rule.violation(of: String(repeating: "故", count: limit)) == nil)
        #expect(rule.violation(of: String(repeating: "故", count: limit + 1)) != nil)
        #expect(rule.violation(of: "INC 42: Zahlung") == nil)
    }

    @Test func theSampleIncidentHasALong_UnicodeTitle() {
        let title = TemplateContext.sample(policyName: "p").value(of: "incident.title")
        #expect(title.count == 200)
        #expect(title.unicodeScalars.contains { $0.value > 0x4E00 })
    }
}
