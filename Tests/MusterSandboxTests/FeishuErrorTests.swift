import Foundation
import MusterSandbox
import Testing

@Suite struct FeishuErrorTests {
    @Test func answers232009ForADissolvedChatAndForDissolvingItTwice() async throws {
        try await withFeishu { _, feishu in
            let chat = try await feishu.createChat("inc-gone")
            #expect(try await feishu.call("DELETE", "im/v1/chats/\(chat)").code == 0)
            let again = try await feishu.call("DELETE", "im/v1/chats/\(chat)")
            #expect(again.status == 400)
            #expect(again.code == 232009)
            #expect(try await feishu.call("GET", "im/v1/chats/\(chat)").code == 232009)
            #expect(try await feishu.call("GET", "im/v1/chats/oc_unknown").code == 232006)
        }
    }

    @Test func failsTheWholeAddOnAnUnknownUserUnlessSucceedTypeIsOne() async throws {
        try await withFeishu { server, feishu in
            let chat = try await feishu.createChat("inc-unknown")
            let ids = [FeishuSeed.demoOpenId(1), "ou_nobody", FeishuSeed.demoOpenId(10)]
            let strict = try await feishu.call(
                "POST", "im/v1/chats/\(chat)/members", body: ["id_list": ids])
            #expect(strict.code == 99992351)
            #expect(server.store.snapshot.feishu.chats[0].members.isEmpty)
            let lenient = try await feishu.call(
                "POST", "im/v1/chats/\(chat)/members", query: ["succeed_type": "1"],
                body: ["id_list": ids])
            #expect(lenient.code == 0)
            #expect(lenient["not_existed_id_list"] as? [String] == ["ou_nobody"])
            #expect(lenient["invalid_id_list"] as? [String] == [FeishuSeed.demoOpenId(10)])
            #expect(server.store.snapshot.feishu.chats[0].members == [FeishuSeed.demoOpenId(1)])
        }
    }

    @Test func refusesUsersOutsideTheAppsAvailabilityWith232024() async throws {
        try await withFeishu { _, feishu in
            let chat = try await feishu.createChat("inc-visibility")
            let added = try await feishu.call(
                "POST", "im/v1/chats/\(chat)/members",
                body: ["id_list": [FeishuSeed.demoOpenId(248)]])
            #expect(added.code == 232024)
            let lookup = try await feishu.call(
                "POST", "contact/v3/users/batch_get_id", body: ["emails": ["user248@example.com"]])
            #expect((lookup["user_list"] as? [[String: Any]])?.first?["user_id"] == nil)
        }
    }

    @Test func namesTheMissingScopesInPermissionViolations() async throws {
        try await withFeishu { _, demo in
            let limited = try await FeishuClient.signedIn(
                base: demo.base, appId: "cli_feishu_limited",
                secret: "sandbox-feishu-limited-secret")
            let reply = try await limited.call("POST", "im/v1/chats", body: ["name": "inc-9"])
            #expect(reply.status == 400)
            #expect(reply.code == 99991672)
            let msg = reply.json["msg"] as? String ?? ""
            #expect(
                msg.hasPrefix(
                    "Access denied. One of the following scopes is required: [im:chat, im:chat:create]"
                ))
            let violations = reply.error["permission_violations"] as? [[String: Any]] ?? []
            #expect(violations.map { $0["subject"] as? String } == ["im:chat", "im:chat:create"])
            #expect(violations.allSatisfy { $0["type"] as? String == "action_scope_required" })
            let help = (reply.error["helps"] as? [[String: Any]])?.first?["url"] as? String
            #expect(
                help?.hasPrefix("https://open.feishu.cn/app/cli_feishu_limited/auth?q=") == true)
        }
    }

    @Test func answersTokenErrorsWithTheirOwnCodes() async throws {
        try await withFeishu { _, feishu in
            let anonymous = FeishuClient(base: feishu.base, token: nil)
            #expect(try await anonymous.call("GET", "im/v1/chats").code == 99991661)
            let forged = FeishuClient(base: feishu.base, token: "t-forged")
            #expect(try await forged.call("GET", "im/v1/chats").code == 99991663)
            let wrong = try await anonymous.requestToken(appId: "cli_feishu_demo", secret: "nope")
            #expect(wrong.code == 10014)
            #expect(wrong.status == 400)
        }
    }

    @Test func expiresATokenAfterTwoHoursOfVirtualTime() async throws {
        try await withFeishu { _, feishu in
            _ = try await feishu.admin("POST", "clock/advance", body: ["seconds": 7201])
            let reply = try await feishu.call("GET", "im/v1/chats")
            #expect(reply.code == 99991677)
            #expect(reply.headers["x-tt-logid"] == reply.error["log_id"] as? String)
        }
    }

    @Test func revokesATokenAndAScopeThroughDrift() async throws {
        try await withFeishu { _, feishu in
            _ = try await feishu.admin(
                "POST", "feishu/drift",
                body: ["action": "revokeScope", "app": "cli_feishu_demo", "scope": "im:chat"])
            _ = try await feishu.admin(
                "POST", "feishu/drift",
                body: [
                    "action": "revokeScope", "app": "cli_feishu_demo", "scope": "im:chat:create",
                ])
            #expect(
                try await feishu.call("POST", "im/v1/chats", body: ["name": "x"]).code == 99991672)
            _ = try await feishu.admin(
                "POST", "feishu/drift",
                body: ["action": "revokeToken", "token": feishu.token ?? ""])
            #expect(try await feishu.call("GET", "im/v1/chats").code == 99991663)
        }
    }

    @Test func simulatesDriftByRenamingDissolvingAndRemovingAMember() async throws {
        try await withFeishu { _, feishu in
            let chat = try await feishu.createChat("inc-drift", members: [1, 2])
            let drifts: [[String: Any]] = [
                ["action": "rename", "chat": chat, "name": "renamed"],
                ["action": "removeMember", "chat": chat, "user": FeishuSeed.demoOpenId(1)],
            ]
            for drift in drifts {
                #expect(
                    try await feishu.admin("POST", "feishu/drift", body: drift).json["ok"] as? Bool
                        == true)
            }
            let info = try await feishu.call("GET", "im/v1/chats/\(chat)")
            #expect(info["name"] as? String == "renamed")
            #expect(info["user_count"] as? String == "1")
            _ = try await feishu.admin(
                "POST", "feishu/drift", body: ["action": "dissolve", "chat": chat])
            #expect(try await feishu.call("GET", "im/v1/chats/\(chat)").code == 232009)
            let unknown = try await feishu.admin(
                "POST", "feishu/drift", body: ["action": "dissolve", "chat": "oc_x"])
            #expect(unknown.status == 400)
        }
    }

    @Test func refusesMoreThanFiftyIdsAndContentThatIsNotAJSONString() async throws {
        try await withFeishu { _, feishu in
            let chat = try await feishu.createChat("inc-limits")
            let many = (1...51).map(FeishuSeed.demoOpenId)
            let added = try await feishu.call(
                "POST", "im/v1/chats/\(chat)/members", body: ["id_list": many])
            #expect(added.code == 99992402)
            let sent = try await feishu.call(
                "POST", "im/v1/messages", query: ["receive_id_type": "chat_id"],
                body: ["receive_id": chat, "msg_type": "text", "content": ["text": "hi"]])
            #expect(sent.code == 230001)
        }
    }

    @Test func answersAnUnroutedPathWith404AndStillALogId() async throws {
        try await withFeishu { _, feishu in
            let reply = try await feishu.call("PATCH", "im/v1/chats/oc_1")
            #expect(reply.status == 404)
            #expect(reply.headers["x-tt-logid"]?.hasPrefix("02") == true)
        }
    }
}
