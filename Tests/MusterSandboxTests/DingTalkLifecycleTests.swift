import Foundation
import MusterSandbox
import Testing

@Suite struct DingTalkLifecycleTests {
    @Test func runsAWholeSceneGroupWarRoomLifecycle() async throws {
        try await withSandbox { server, _ in
            var ding = DingTalkClient(server: server)
            try await ding.signIn()
            let created = try await ding.v1(
                "v1.0/im/sceneGroup/create",
                [
                    "title": "inc-42", "template_id": "tpl-warroom", "owner_user_id": "dt00000001",
                    "user_ids": ["dt00000002", "dt00000003"], "uuid": "inc-42",
                ])
            #expect(created.status == 200)
            let group = created["open_conversation_id"] as? String ?? ""
            #expect(created["chat_id"] as? String != nil)
            let renamed = try await ding.v1(
                "v1.0/im/sceneGroup/update", ["open_conversation_id": group, "title": "inc-42 db"])
            #expect(renamed["success"] as? Bool == true)
            _ = try await ding.v1(
                "v1.0/im/sceneGroup/member/add",
                ["open_conversation_id": group, "user_ids": "dt00000004,dt00000005"])
            _ = try await ding.v1(
                "v1.0/im/sceneGroup/member/delete",
                ["open_conversation_id": group, "user_ids": ["dt00000002"]])
            let sent = try await ding.v1(
                "v1.0/robot/groupMessages/send",
                [
                    "robotCode": "dingsandboxdemo", "openConversationId": group,
                    "msgKey": "sampleText", "msgParam": #"{"content":"Incident declared"}"#,
                ])
            #expect(sent["processQueryKey"] as? String != nil)
            let info = try await ding.v1("v1.0/im/sceneGroups/query", ["openConversationId": group])
            #expect(info["title"] as? String == "inc-42 db")
            #expect(info["status"] as? Int == 1)
            let world = server.store.snapshot.dingtalk
            #expect(
                world.groups.first?.members == [
                    "dt00000001", "dt00000003", "dt00000004", "dt00000005",
                ])
            #expect(world.messages.map(\.msgKey) == ["sampleText"])

            let disbanded = try await ding.v1(
                "v1.0/im/chat/scenegroup/disband", ["openConversationId": group])
            #expect(disbanded["success"] as? Bool == true)
            let gone = try await ding.v1("v1.0/im/sceneGroups/query", ["openConversationId": group])
            #expect(gone["status"] as? Int == 2)
        }
    }

    @Test func pagesSceneGroupMembersWithCursorsUntilHasMoreIsFalse() async throws {
        try await withSandbox { server, _ in
            var ding = DingTalkClient(server: server)
            try await ding.signIn()
            let users = (2...120).filter { $0 % 10 != 0 }.map { "dt" + String(format: "%08d", $0) }
            let created = try await ding.v1(
                "v1.0/im/sceneGroup/create",
                [
                    "title": "inc-paging", "template_id": "tpl-warroom",
                    "owner_user_id": "dt00000001", "user_ids": users,
                ])
            let group = created["open_conversation_id"] as? String ?? ""
            var members: [String] = []
            var cursor: String?
            var pages = 0
            repeat {
                var body: [String: Any] = ["openConversationId": group, "size": 50]
                if let cursor { body["cursor"] = cursor }
                let page = try await ding.v1("v1.0/im/sceneGroups/members/query", body)
                members += page["memberUserIds"] as? [String] ?? []
                cursor = page["hasMore"] as? Bool == true ? page["nextCursor"] as? String : nil
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 3)
            #expect(members.count == users.count + 1)
            #expect(Set(members).count == members.count)
        }
    }

    @Test func runsAPlainGroupLifecycleOnTheOldOapi() async throws {
        try await withSandbox { server, _ in
            var ding = DingTalkClient(server: server)
            let token = try await ding.oapi(
                "gettoken",
                query: ["appkey": "dingsandboxdemo", "appsecret": "sandbox-demo-secret"])
            #expect(token.errcode == 0)
            #expect(token["expires_in"] as? Int == 7200)
            ding.token = token["access_token"] as? String ?? ""
            let again = try await ding.oapi(
                "gettoken",
                query: ["appkey": "dingsandboxdemo", "appsecret": "sandbox-demo-secret"])
            #expect(again["access_token"] as? String == ding.token)

            let created = try await ding.oapi(
                "chat/create",
                [
                    "name": "inc-7", "owner": "dt00000001",
                    "useridlist": ["dt00000001", "dt00000002"],
                ])
            #expect(created.errcode == 0)
            let chat = created["chatid"] as? String ?? ""
            let updated = try await ding.oapi(
                "chat/update",
                [
                    "chatid": chat, "name": "inc-7 api", "add_useridlist": ["dt00000003"],
                    "del_useridlist": ["dt00000002"],
                ])
            #expect(updated.errcode == 0)
            let got = try await ding.oapi("chat/get", query: ["chatid": chat])
            let info = got["chat_info"] as? [String: Any] ?? [:]
            #expect(info["name"] as? String == "inc-7 api")
            #expect(info["useridlist"] as? [String] == ["dt00000001", "dt00000003"])
            let sent = try await ding.oapi(
                "chat/send",
                ["chatid": chat, "msg": ["msgtype": "text", "text": ["content": "hi"]]])
            #expect(sent.errcode == 0)
            let found = try await ding.oapi("topapi/v2/user/getbymobile", ["mobile": "13800000001"])
            #expect((found["result"] as? [String: Any])?["userid"] as? String == "dt00000001")
            let byUnion = try await ding.oapi("topapi/user/getbyunionid", ["unionid": "un00000004"])
            #expect((byUnion["result"] as? [String: Any])?["userid"] as? String == "dt00000004")
        }
    }
}
