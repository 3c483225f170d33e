import Foundation
import MusterSandbox
import Testing

/// A generated seed survives a JSON round trip and serves on every platform.
@Suite struct GeneratedSeedServingTests {
    @Test func aGeneratedSeedDecodesAndEveryPlatformFindsAGeneratedUser() async throws {
        let generated = SandboxSeedGenerator(options: .init(members: 200)).makeSeed()
        let seed = try JSONDecoder().decode(
            SandboxSeed.self, from: SandboxSeedGenerator.encoded(generated))
        #expect(seed == generated)
        let person = try #require(Self.personActiveEverywhere(seed))
        try await withSandbox(seed: seed) { server, _ async throws in
            #expect(try await slackFinds(person, server) == person.slackId)
            #expect(try await feishuFinds(person, server) == person.feishuOpenId)
            #expect(try await dingTalkFinds(person, server) == person.dingTalkId)
            #expect(try await weComFinds(person, server) == person.weComId)
            #expect(try await flashdutyFinds(person, server) == person.email)
        }
    }

    /// A generated person and their ids on each platform.
    private struct Person {
        var memberId: Int
        var email: String
        var phone: String
        var slackId: String
        var feishuOpenId: String
        var dingTalkId: String
        var weComId: String
    }

    /// The first member with an active account on every platform and a unique Feishu email.
    private static func personActiveEverywhere(_ seed: SandboxSeed) -> Person? {
        for member in seed.flashduty?.members ?? [] {
            let email = member.email
            let slack = seed.slack?.users.first { $0.email == email && $0.isDeleted == nil }
            let feishu = seed.feishu?.users.filter { $0.email == email }
            let ding = seed.dingtalk?.users.first { $0.email == email && $0.isActive == nil }
            let wecom = seed.wecom?.users.first { $0.bizMail == email && $0.isActive == nil }
            guard let email, let slack, let feishu, feishu.count == 1, feishu[0].isResigned == nil,
                feishu[0].isFrozen == nil, let ding, let wecom
            else { continue }
            return Person(
                memberId: member.id, email: email,
                phone: (member.countryCode ?? "") + (member.phone ?? ""), slackId: slack.id,
                feishuOpenId: feishu[0].openId, dingTalkId: ding.userId, weComId: wecom.userId)
        }
        return nil
    }

    private func slackFinds(_ person: Person, _ server: SandboxServer) async throws -> String? {
        let slack = SandboxClient(
            base: server.endpoint("slack")!.url, token: SandboxSeedGenerator.slackToken)
        let found = try await slack.call("users.lookupByEmail", ["email": person.email])
        return (found["user"] as? [String: Any])?["id"] as? String
    }

    private func feishuFinds(_ person: Person, _ server: SandboxServer) async throws -> String? {
        let credentials = SandboxSeedGenerator.feishuCredentials(.feishu)
        let feishu = try await FeishuClient.signedIn(
            base: server.endpoint("feishu")!.url, appId: credentials.appId,
            secret: credentials.secret)
        let found = try await feishu.call(
            "POST", "contact/v3/users/batch_get_id", body: ["mobiles": [person.phone]])
        return (found["user_list"] as? [[String: Any]])?.first?["user_id"] as? String
    }

    private func dingTalkFinds(_ person: Person, _ server: SandboxServer) async throws -> String? {
        var ding = DingTalkClient(server: server)
        try await ding.signIn(
            appKey: SandboxSeedGenerator.dingTalkCredentials.appKey,
            appSecret: SandboxSeedGenerator.dingTalkCredentials.secret)
        let found = try await ding.oapi("topapi/v2/user/getbymobile", ["mobile": person.phone])
        return (found["result"] as? [String: Any])?["userid"] as? String
    }

    private func weComFinds(_ person: Person, _ server: SandboxServer) async throws -> String? {
        var wecom = WeComClient(server: server)
        let credentials = SandboxSeedGenerator.weComCredentials
        let token = try await wecom.call(
            "gettoken", query: ["corpid": credentials.corpId, "corpsecret": credentials.secret])
        wecom.token = token["access_token"] as? String ?? ""
        let found = try await wecom.call("user/get_userid_by_email", ["email": person.email])
        return found["userid"] as? String
    }

    private func flashdutyFinds(_ person: Person, _ server: SandboxServer) async throws -> String? {
        let flashduty = FlashdutyClient(
            base: server.endpoint("flashduty")!.url, appKey: SandboxSeedGenerator.flashdutyAppKey)
        let found = try await flashduty.call("/person/infos", ["person_ids": [person.memberId]])
        return found.items.first?["email"] as? String
    }
}
