import Foundation
import MusterSandbox
import Testing

@Suite struct SeedGeneratorTests {
    private static let seed = SandboxSeedGenerator(options: .init(members: 2000)).makeSeed()

    @Test func sameOptionsGiveByteIdenticalSeedsAndAnotherSeedValueAnotherOrganisation() throws {
        var options = SandboxSeedGenerator.Options(members: 500)
        let first = try SandboxSeedGenerator.encoded(
            SandboxSeedGenerator(options: options).makeSeed())
        let again = try SandboxSeedGenerator.encoded(
            SandboxSeedGenerator(options: options).makeSeed())
        options.seedValue = 2
        let other = try SandboxSeedGenerator.encoded(
            SandboxSeedGenerator(options: options).makeSeed())
        #expect(first == again)
        #expect(first != other)
    }

    @Test func aPlatformLooksTheSameWhateverOtherPlatformsAreAsked() {
        let alone = SandboxSeedGenerator(options: .init(members: 300, platforms: [.feishu]))
        let together = SandboxSeedGenerator(
            options: .init(members: 300, platforms: [.slack, .feishu]))
        #expect(alone.makeSeed().feishu == together.makeSeed().feishu)
    }

    @Test func someMembersHaveNoAccountAndSomeAccountsAreDeactivated() throws {
        let slack = try #require(Self.seed.slack)
        let wecom = try #require(Self.seed.wecom)
        #expect((1700..<1990).contains(slack.users.count))
        #expect((20..<200).contains(slack.users.filter { $0.isDeleted == true }.count))
        #expect((20..<200).contains(wecom.users.filter { $0.isActive == false }.count))
        let feishu = try #require(Self.seed.feishu)
        #expect(feishu.users.contains { $0.isResigned == true })
        #expect(feishu.users.contains { $0.isFrozen == true })
    }

    @Test func someFeishuEmailsBelongToTwoUsers() throws {
        for section in [Self.seed.feishu, Self.seed.lark] {
            let emails = try #require(section).users.compactMap(\.email)
            let duplicated = emails.count - Set(emails).count
            #expect((3..<60).contains(duplicated))
        }
        let slackEmails = try #require(Self.seed.slack).users.compactMap(\.email)
        #expect(Set(slackEmails).count == slackEmails.count)
    }

    @Test func phonesComeInSeveralCountryFormats() throws {
        let phones = try #require(Self.seed.slack).users.compactMap(\.phone)
        for marker in ["+1 (555) ", "0044 ", "+86-", "+49", " "] {
            #expect(phones.contains { $0.contains(marker) }, "no Slack phone with '\(marker)'")
        }
        let members = try #require(Self.seed.flashduty).members
        #expect(Set(members.compactMap(\.countryCode)) == ["+86", "+1", "+44", "+49", "+65"])
    }

    /// Each platform's phone is the member's, in that platform's own form.
    @Test func phonesAgreeBetweenFlashdutyAndEachPlatform() throws {
        let members = try #require(Self.seed.flashduty).members
        let e164 = Dictionary(
            uniqueKeysWithValues: members.map {
                ($0.email ?? "", ($0.countryCode ?? "") + ($0.phone ?? ""))
            })
        for user in try #require(Self.seed.feishu).users where user.mobile != nil {
            #expect(user.mobile == e164[user.email ?? ""])
        }
        for user in try #require(Self.seed.dingtalk).users {
            #expect(digits(user.mobile) == digits(e164[user.email ?? ""]))
        }
        for user in try #require(Self.seed.wecom).users {
            let full = digits(e164[user.bizMail ?? ""])
            let own = digits(user.mobile)
            #expect(own == full || "86" + own == full, "\(user.userId): \(own) vs \(full)")
        }
    }

    @Test func everyPlatformHasAnIntegrationAndOnlyTheFirstHasWarRoomsOn() throws {
        let integrations = try #require(Self.seed.flashduty?.integrations)
        #expect(integrations.map(\.pluginType) == SeedPlatform.allCases.map(\.rawValue))
        #expect(
            integrations.map { $0.isWarRoomEnabled == true } == [true, false, false, false, false])
        #expect(try #require(Self.seed.flashduty?.teams).count == 80)
    }

    @Test func everyIdIsUniqueWithinItsPlatform() throws {
        let seed = SandboxSeedGenerator(options: .init(members: 20_000)).makeSeed()
        let feishu = try #require(seed.feishu).users
        #expect(Set(feishu.map(\.openId)).count == feishu.count)
        #expect(Set(feishu.compactMap(\.userId)).count == feishu.count)
        let ding = try #require(seed.dingtalk).users
        #expect(Set(ding.map(\.unionId)).count == ding.count)
        let wecom = try #require(seed.wecom).users
        #expect(Set(wecom.map(\.userId)).count == wecom.count)
        let members = try #require(seed.flashduty).members
        let phones = members.map { ($0.countryCode ?? "") + ($0.phone ?? "") }
        #expect(Set(phones).count == members.count)
    }

    private func digits(_ text: String?) -> String {
        String((text ?? "").filter(\.isNumber))
    }
}
