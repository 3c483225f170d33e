import Foundation
import MusterSandbox
import Testing

@Suite struct FeishuLifecycleTests {
    @Test func runsAWholeWarRoomLifecycle() async throws {
        try await withFeishu { server, feishu in
            let chat = try await feishu.createChat("inc-42", members: [1, 2], uuid: "inc-42")
            #expect(chat.hasPrefix("oc_"))
            let added = try await feishu.call(
                "POST", "im/v1/chats/\(chat)/members", body: ["id_list": [FeishuSeed.demoOpenId(3)]]
            )
            #expect(added.code == 0)
            #expect(added["invalid_id_list"] as? [String] == [])
            let renamed = try await feishu.call(
                "PUT", "im/v1/chats/\(chat)", body: ["name": "inc-42-checkout"])
            #expect(renamed.code == 0)
            let sent = try await feishu.call(
                "POST", "im/v1/messages", query: ["receive_id_type": "chat_id"],
                body: ["receive_id": chat, "msg_type": "text", "content": #"{"text":"declared"}"#])
            #expect((sent["message_id"] as? String)?.hasPrefix("om_") == true)
            let removed = try await feishu.call(
                "DELETE", "im/v1/chats/\(chat)/members",
                body: ["id_list": [FeishuSeed.demoOpenId(2)]])
            #expect(removed["invalid_id_list"] as? [String] == [])

            let info = try await feishu.call("GET", "im/v1/chats/\(chat)")
            #expect(info["name"] as? String == "inc-42-checkout")
            #expect(info["user_count"] as? String == "2")
            #expect(try await feishu.call("DELETE", "im/v1/chats/\(chat)").code == 0)
            let world = server.store.snapshot.feishu
            #expect(world.messages.map(\.content) == [#"{"text":"declared"}"#])
            #expect(
                world.chats.first?.members == [FeishuSeed.demoOpenId(1), FeishuSeed.demoOpenId(3)])
            #expect(world.chats.first?.isDissolved == true)
        }
    }

    @Test func returnsTheSameChatForARepeatedUuidWithinTenHours() async throws {
        try await withFeishu { _, feishu in
            let first = try await feishu.createChat("inc-1", uuid: "same")
            #expect(try await feishu.createChat("inc-1", uuid: "same") == first)
            _ = try await feishu.admin("POST", "clock/advance", body: ["seconds": 36_001])
            let fresh = try await FeishuClient.signedIn(base: feishu.base)
            #expect(try await fresh.createChat("inc-1", uuid: "same") != first)
        }
    }

    @Test func pagesMembersPastTheFirstPageWithATokenOnlyWhileThereIsMore() async throws {
        try await withFeishu { _, feishu in
            let chat = try await feishu.createChat("inc-paging")
            for batch in stride(from: 1, to: 121, by: 40) {
                let ids = (batch..<batch + 40).map(FeishuSeed.demoOpenId)
                let added = try await feishu.call(
                    "POST", "im/v1/chats/\(chat)/members", body: ["id_list": ids])
                #expect(added.code == 0)
            }
            var members: [String] = []
            var token: String?
            var pages = 0
            repeat {
                var query = ["page_size": "50"]
                query["page_token"] = token
                let page = try await feishu.call("GET", "im/v1/chats/\(chat)/members", query: query)
                members += (page["items"] as? [[String: Any]] ?? []).compactMap {
                    $0["member_id"] as? String
                }
                #expect(page["member_total"] as? Int == 108)
                token = page["page_token"] as? String
                #expect((page["has_more"] as? Bool) == (token != nil))
                pages += 1
            } while token != nil && pages < 10
            #expect(pages == 3)
            #expect(members.count == 108)
            #expect(Set(members).count == 108)
        }
    }

    @Test func listsTwentyMembersByDefaultAndRefusesPagesOverAHundred() async throws {
        try await withFeishu { _, feishu in
            let chat = try await feishu.createChat("inc-sizes", members: Array(1...30))
            let page = try await feishu.call("GET", "im/v1/chats/\(chat)/members")
            #expect((page["items"] as? [Any])?.count == 20)
            let tooBig = try await feishu.call(
                "GET", "im/v1/chats/\(chat)/members", query: ["page_size": "101"])
            #expect(tooBig.status == 400)
            #expect(tooBig.code == 99992402)
        }
    }

    @Test func listsTheChatsTheBotIsInPastTheFirstPage() async throws {
        try await withFeishu { _, feishu in
            for number in 1...25 { _ = try await feishu.createChat("inc-\(number)") }
            let first = try await feishu.call("GET", "im/v1/chats")
            #expect((first["items"] as? [Any])?.count == 20)
            let token = try #require(first["page_token"] as? String)
            let second = try await feishu.call("GET", "im/v1/chats", query: ["page_token": token])
            #expect((second["items"] as? [Any])?.count == 5)
            #expect(second["has_more"] as? Bool == false)
            #expect(second["page_token"] == nil)
        }
    }

    @Test func keepsTheTokenWhileMoreThanHalfAnHourRemainsThenIssuesANewOne() async throws {
        try await withFeishu { _, feishu in
            let again = try await feishu.requestToken(
                appId: "cli_feishu_demo", secret: "sandbox-feishu-demo-secret")
            #expect(again.json["tenant_access_token"] as? String == feishu.token)
            #expect(again.headers["x-tt-logid"]?.isEmpty == false)
            _ = try await feishu.admin("POST", "clock/advance", body: ["seconds": 5500])
            let renewed = try await feishu.requestToken(
                appId: "cli_feishu_demo", secret: "sandbox-feishu-demo-secret")
            #expect(renewed.json["tenant_access_token"] as? String != feishu.token)
            #expect(renewed.json["expire"] as? Int == 7200)
            #expect(try await feishu.call("GET", "im/v1/chats").code == 0)
        }
    }

    @Test(arguments: [nil, "text/plain", "application/json"] as [String?])
    func readsTheTokenRequestAsJSONWhateverItsContentType(contentType: String?) async throws {
        try await withFeishu { _, feishu in
            let reply = try await feishu.call(
                "POST", "auth/v3/tenant_access_token/internal",
                body: ["app_id": "cli_feishu_demo", "app_secret": "sandbox-feishu-demo-secret"],
                contentType: contentType)
            #expect(reply.code == 0)
            #expect(reply.json["msg"] as? String == "ok")
            #expect(reply.json["tenant_access_token"] as? String == feishu.token)
            #expect(reply.json["data"] == nil)
        }
    }

    @Test func findsUsersByEmailAndMobileWithOneEntryPerInput() async throws {
        try await withFeishu { _, feishu in
            let reply = try await feishu.call(
                "POST", "contact/v3/users/batch_get_id", query: ["user_id_type": "user_id"],
                body: [
                    "emails": ["user1@example.com", "user25@example.com", "user10@example.com"],
                    "mobiles": ["13800000004", "+15550000003", "5550000003"],
                ])
            let entries = reply["user_list"] as? [[String: Any]] ?? []
            #expect(entries.count == 6)
            #expect(
                entries.map { $0["user_id"] as? String } == [
                    "u00000001", nil, nil, "u00000004", "u00000003", nil,
                ])
            let withResigned = try await feishu.call(
                "POST", "contact/v3/users/batch_get_id",
                body: ["emails": ["user10@example.com"], "include_resigned": true])
            let status =
                (withResigned["user_list"] as? [[String: Any]])?.first?["status"] as? [String: Any]
            #expect(status?["is_resigned"] as? Bool == true)
        }
    }

    @Test func reportsGrantedAndMissingScopes() async throws {
        try await withFeishu { server, demo in
            let limited = try await FeishuClient.signedIn(
                base: demo.base, appId: "cli_feishu_limited",
                secret: "sandbox-feishu-limited-secret")
            let scopes =
                try await limited.call("GET", "application/v6/scopes")["scopes"] as? [[String: Any]]
                ?? []
            let status = Dictionary(
                uniqueKeysWithValues: scopes.map {
                    ($0["scope_name"] as? String ?? "", $0["grant_status"] as? Int ?? 0)
                })
            #expect(status["im:chat:read"] == 1)
            #expect(status["im:chat:create"] == 2)
        }
    }

    @Test func servesLarkOnItsOwnPortWithItsOwnTenant() async throws {
        try await withFeishu(service: "lark") { server, lark in
            let chat = try await lark.createChat("inc-lark")
            let info = try await lark.call("GET", "im/v1/chats/\(chat)")
            #expect(info["tenant_key"] as? String == "sandbox-lark")
            #expect(server.store.snapshot.lark.chats.count == 1)
            #expect(server.store.snapshot.feishu.chats.isEmpty)
            let feishu = FeishuClient(base: server.endpoint("feishu")!.url, token: lark.token)
            #expect(try await feishu.call("GET", "im/v1/chats/\(chat)").code == 99991663)
        }
    }
}
