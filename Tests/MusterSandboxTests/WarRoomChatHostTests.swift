import Foundation
import MusterSandbox
import Testing

/// An IM world of the demo seed as a war-room chat host, its demo app and two people the app
/// may put in a chat.
struct ChatHostCase: Sendable, CustomTestStringConvertible {
    var service: String
    var host: any WarRoomChatHost
    var app: String
    var people: [String]
    var maxNameLength: Int

    var testDescription: String { service }

    static let all = [
        ChatHostCase(
            service: "feishu", host: FeishuWorld(seed: .demo(.feishu)), app: "cli_feishu_demo",
            people: [1, 2].map(FeishuSeed.demoOpenId), maxNameLength: 60),
        ChatHostCase(
            service: "dingtalk", host: DingTalkWorld(seed: .demo), app: "dingsandboxdemo",
            people: ["dt00000001", "dt00000002"], maxNameLength: 30),
        ChatHostCase(
            service: "wecom", host: WeComWorld(seed: .demo), app: "1000002",
            people: ["wc00000001", "wc00000002"], maxNameLength: 50),
    ]
}

@Suite struct WarRoomChatHostTests {
    static let longName = String(repeating: "inc-42 checkout down ", count: 5)

    @Test(arguments: ChatHostCase.all)
    func cutsTheChatNameToThePlatformsLimitAndKeepsTheMembers(_ platform: ChatHostCase) throws {
        var host = platform.host
        let chat = try host.createChat(
            named: Self.longName, members: platform.people + platform.people, app: platform.app,
            now: 0)
        #expect(chat.name == String(Self.longName.prefix(platform.maxNameLength)))
        #expect(host.chat(chat.id, app: platform.app)?.members == platform.people)
        #expect(host.chat(chat.id, app: platform.app)?.isClosed == false)
    }

    @Test(arguments: ChatHostCase.all)
    func refusesAnAppTheWorldDoesNotHave(_ platform: ChatHostCase) {
        var host = platform.host
        #expect(throws: WarRoomChatError.appNotFound("nope")) {
            try host.createChat(named: "x", members: platform.people, app: "nope", now: 0)
        }
    }

    @Test func linksFeishuUsersOnlyWhenActiveAndInsideTheAppsAvailability() {
        let feishu = FeishuWorld(seed: .demo(.feishu))
        let app = "cli_feishu_demo"
        #expect(feishu.userID(email: "USER1@example.com", app: app) == FeishuSeed.demoOpenId(1))
        #expect(feishu.userID(phone: "+8613800000001", app: app) == FeishuSeed.demoOpenId(1))
        // 10 has resigned, 5 is frozen, 246 is outside the availability.
        for number in [10, 5, 246] {
            #expect(feishu.userID(email: "user\(number)@example.com", app: app) == nil)
        }
        #expect(feishu.userID(email: "user1@example.com", app: "cli_unknown") == nil)
    }

    @Test func linksDingTalkUsersByPhoneOnlyAndSkipsPeopleOutOfService() {
        let dingtalk = DingTalkWorld(seed: .demo)
        let app = "dingsandboxdemo"
        #expect(dingtalk.userID(email: "user1@example.com", app: app) == nil)
        #expect(dingtalk.userID(phone: "+8613800000001", app: app) == "dt00000001")
        #expect(dingtalk.userID(phone: "+15550000003", app: app) == "dt00000003")
        #expect(dingtalk.userID(phone: "+8613800000010", app: app) == nil)
    }

    @Test func linksWeComUsersByEitherEmailOrPhoneWithinTheAppsVisibility() {
        let wecom = WeComWorld(seed: .demo)
        #expect(wecom.userID(email: "user1@corp.example.com", app: "1000002") == "wc00000001")
        #expect(wecom.userID(email: "user1@example.com", app: "1000002") == "wc00000001")
        #expect(wecom.userID(phone: "+8613800000001", app: "1000002") == "wc00000001")
        #expect(wecom.userID(phone: "+15550000003", app: "1000002") == "wc00000003")
        #expect(wecom.userID(email: "user10@example.com", app: "1000002") == nil)
        // App 1000003 sees Engineering only: the odd-numbered users.
        #expect(wecom.userID(email: "user3@example.com", app: "1000003") == "wc00000003")
        #expect(wecom.userID(email: "user2@example.com", app: "1000003") == nil)
    }

    @Test func refusesAWeComChatOfFewerThanTwoActiveMembers() {
        var wecom = WeComWorld(seed: .demo)
        #expect(throws: WarRoomChatError.refused("86006")) {
            try wecom.createChat(
                named: "inc-1", members: ["wc00000001", "wc00000010"], app: "1000002", now: 0)
        }
        #expect(wecom.chats.isEmpty)
    }

    @Test func archivesAWeComChatByMarkingItClosedAndRefusesLaterInvites() throws {
        var wecom = WeComWorld(seed: .demo)
        let chat = try wecom.createChat(
            named: "inc-1", members: ["wc00000001", "wc00000002"], app: "1000002", now: 0)
        #expect(try wecom.closeChat(chat.id, app: "1000002") == .archived)
        #expect(wecom.chat(chat.id, app: "1000002")?.isClosed == true)
        #expect(wecom.chat(chat.id, app: "1000002")?.members == ["wc00000001", "wc00000002"])
        #expect(throws: WarRoomChatError.self) {
            try wecom.invite(["wc00000003"], toChat: chat.id, app: "1000002")
        }
    }

    @Test func refusesAFeishuChatToAnAppWithoutTheChatScopes() {
        var feishu = FeishuWorld(seed: .demo(.feishu))
        #expect(throws: WarRoomChatError.refused("99991672")) {
            try feishu.createChat(
                named: "inc-1", members: [FeishuSeed.demoOpenId(1)], app: "cli_feishu_limited",
                now: 0)
        }
    }

    @Test func dissolvesFeishuChatsAndDisbandsDingTalkScenesGroupsOnClose() throws {
        var feishu = FeishuWorld(seed: .demo(.feishu))
        let chat = try feishu.createChat(
            named: "inc-1", members: [FeishuSeed.demoOpenId(1)], app: "cli_feishu_demo", now: 0)
        #expect(try feishu.closeChat(chat.id, app: "cli_feishu_demo") == .dissolved)
        #expect(feishu.chats.first?.isDissolved == true)
        var dingtalk = DingTalkWorld(seed: .demo)
        let group = try dingtalk.createChat(
            named: "inc-1", members: ["dt00000001"], app: "dingsandboxdemo", now: 0)
        #expect(try dingtalk.closeChat(group.id, app: "dingsandboxdemo") == .dissolved)
        #expect(dingtalk.groups.first?.isDisbanded == true)
        #expect(dingtalk.groups.first?.templateId == "tpl-warroom")
    }

    @Test func loadsAWeComChatSavedBeforeTheClosedMarkExistedAsOpen() throws {
        let saved =
            #"{"chatId":"wr1","name":"inc-1","owner":"wc1","members":["wc1","wc2"],"agentId":1}"#
        let chat = try JSONDecoder().decode(WeComWorld.Chat.self, from: Data(saved.utf8))
        #expect(chat.isClosed == false)
        #expect(chat.members == ["wc1", "wc2"])
    }
}
