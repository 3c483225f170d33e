import Foundation
import MusterSandbox
import Testing

@Suite struct DingTalkErrorTests {
    private static var group: [String: Any] {
        [
            "title": "inc-errors", "template_id": "tpl-warroom", "owner_user_id": "dt00000001",
            "uuid": "inc-errors",
        ]
    }

    @Test func returnsTheSameSceneGroupForARepeatedUuid() async throws {
        try await withSandbox { server, _ in
            var ding = DingTalkClient(server: server)
            try await ding.signIn()
            let first = try await ding.v1("v1.0/im/sceneGroup/create", Self.group)
            let second = try await ding.v1("v1.0/im/sceneGroup/create", Self.group)
            #expect(first["open_conversation_id"] as? String != nil)
            #expect(
                first["open_conversation_id"] as? String == second["open_conversation_id"]
                    as? String)
            #expect(server.store.snapshot.dingtalk.groups.count == 1)
        }
    }

    @Test func rejectsUnknownUsersOnBothGenerations() async throws {
        try await withSandbox { server, _ in
            var ding = DingTalkClient(server: server)
            try await ding.signIn()
            var body = Self.group
            body["user_ids"] = ["dt99999999"]
            let v1 = try await ding.v1("v1.0/im/sceneGroup/create", body)
            #expect(v1.status == 400)
            #expect(v1.code == "invalidParameter")
            #expect(v1["requestid"] as? String != nil)
            let old = try await ding.oapi(
                "chat/create",
                ["name": "x", "owner": "dt00000001", "useridlist": ["dt00000001", "nobody"]])
            #expect(old.status == 200)
            #expect(old.errcode == 33012)
            let lookup = try await ding.oapi(
                "topapi/v2/user/getbymobile", ["mobile": "+86-10000000000"])
            #expect(lookup.errcode == 60121)
            let inactive = try await ding.oapi(
                "topapi/v2/user/getbymobile", ["mobile": "+86-13800000070"])
            #expect(inactive.errcode == 60121)
        }
    }

    @Test func deniesAMissingPermissionWithTheRequiredScopes() async throws {
        try await withSandbox { server, _ in
            var ding = DingTalkClient(server: server)
            try await ding.signIn(appKey: "dingsandboxlimited", appSecret: "sandbox-limited-secret")
            let denied = try await ding.v1("v1.0/im/sceneGroup/create", Self.group)
            #expect(denied.status == 403)
            #expect(denied.code == "Forbidden.AccessDenied.AccessTokenPermissionDenied")
            let detail = denied["accessdenieddetail"] as? [String: Any]
            #expect(detail?["requiredScopes"] as? [String] == ["qyapi_chat_manage"])
            let old = try await ding.oapi("chat/get", query: ["chatid": "chat1"])
            #expect(old.errcode == 60011)
        }
    }

    @Test func expiresTokensOnTheVirtualClockAndRejectsUnknownOnes() async throws {
        try await withSandbox { server, _ in
            var ding = DingTalkClient(server: server)
            try await ding.signIn()
            _ = try await ding.admin("POST", "clock/advance", body: ["seconds": 7201])
            let v1 = try await ding.v1("v1.0/im/sceneGroups/query", ["openConversationId": "cid"])
            #expect(v1.status == 400)
            #expect(v1.code == "InvalidAuthentication")
            #expect(try await ding.oapi("chat/get", query: ["chatid": "x"]).errcode == 42001)
            ding.token = "bogus"
            #expect(try await ding.oapi("chat/get", query: ["chatid": "x"]).errcode == 40014)
            let wrong = try await ding.oapi(
                "gettoken", query: ["appkey": "dingsandboxdemo", "appsecret": "wrong"])
            #expect(wrong.errcode == 40001)
        }
    }

    @Test func rendersARateLimitFaultInEachGenerationsFormat() async throws {
        try await withSandbox { server, _ in
            var ding = DingTalkClient(server: server)
            try await ding.signIn()
            for method in ["v1.0/im/sceneGroup/create", "chat/create"] {
                let fault: [String: Any] = [
                    "service": "dingtalk", "method": method, "kind": "rateLimited", "count": 1,
                ]
                _ = try await ding.admin("POST", "faults", body: fault)
            }
            let v1 = try await ding.v1("v1.0/im/sceneGroup/create", Self.group)
            #expect(v1.status == 403)
            #expect(v1.code == "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi")
            let old = try await ding.oapi("chat/create", ["name": "x"])
            #expect(old.errcode == 90018)
            #expect(try await ding.v1("v1.0/im/sceneGroup/create", Self.group).status == 200)
        }
    }

    @Test func tripsThePerSecondLimitOfAnAppAndApi() async throws {
        var seed = SandboxSeed.demo
        seed.dingtalk?.queriesPerSecond = 2
        seed.frozenClock = 1_800_000_000
        try await withSandbox(seed: seed) { server, _ in
            var ding = DingTalkClient(server: server)
            try await ding.signIn()
            var codes: [String?] = []
            for _ in 0..<5 {
                let reply = try await ding.v1(
                    "v1.0/im/sceneGroups/query", ["openConversationId": "x"])
                codes.append(reply.code)
            }
            // The clock stands still, so all five calls fall in one window.
            #expect(
                codes.prefix(2).allSatisfy {
                    $0 != "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"
                })
            #expect(
                codes.dropFirst(2).allSatisfy {
                    $0 == "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi"
                })
        }
    }

    @Test func appliesDriftFromTheAdminAPI() async throws {
        try await withSandbox { server, _ in
            var ding = DingTalkClient(server: server)
            try await ding.signIn()
            let created = try await ding.v1("v1.0/im/sceneGroup/create", Self.group)
            let group = created["open_conversation_id"] as? String ?? ""
            _ = try await ding.admin(
                "POST", "dingtalk/drift",
                body: ["action": "rename", "group": group, "title": "renamed"])
            let info = try await ding.v1("v1.0/im/sceneGroups/query", ["openConversationId": group])
            #expect(info["title"] as? String == "renamed")
            _ = try await ding.admin(
                "POST", "dingtalk/drift",
                body: [
                    "action": "revokePermission", "appKey": "dingsandboxdemo",
                    "permission": "qyapi_chat_manage",
                ])
            #expect(
                try await ding.v1("v1.0/im/sceneGroups/query", ["openConversationId": group]).status
                    == 403)
        }
    }
}
