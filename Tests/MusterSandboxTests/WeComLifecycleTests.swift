import Foundation
import MusterSandbox
import Testing

@Suite struct WeComLifecycleTests {
    @Test func runsAWholeAppChatWarRoomLifecycle() async throws {
        try await withSandbox { server, _ in
            var wecom = WeComClient(server: server)
            try await wecom.signIn()
            let created = try await wecom.call(
                "appchat/create",
                [
                    "chatid": "inc42", "name": "inc-42", "owner": "wc00000001",
                    "userlist": ["wc00000001", "wc00000002", "wc00000003"],
                ])
            #expect(created.errcode == 0)
            #expect(created["chatid"] as? String == "inc42")
            let updated = try await wecom.call(
                "appchat/update",
                [
                    "chatid": "inc42", "name": "inc-42 checkout", "add_user_list": ["wc00000004"],
                    "del_user_list": ["wc00000002"],
                ])
            #expect(updated.errcode == 0)
            let sent = try await wecom.call(
                "appchat/send",
                ["chatid": "inc42", "msgtype": "markdown", "markdown": ["content": "**Sev1**"]])
            #expect(sent.errcode == 0)
            let got = try await wecom.call("appchat/get", query: ["chatid": "inc42"])
            let info = got["chat_info"] as? [String: Any] ?? [:]
            #expect(info["name"] as? String == "inc-42 checkout")
            #expect(info["userlist"] as? [String] == ["wc00000001", "wc00000003", "wc00000004"])
            #expect(server.store.snapshot.wecom.messages.map(\.msgType) == ["markdown"])
        }
    }

    @Test func findsUsersByMobileInAnyFormatAndByEitherEmail() async throws {
        try await withSandbox { server, _ in
            var wecom = WeComClient(server: server)
            try await wecom.signIn()
            for mobile in ["13800000001", "+86 13800000001", "+8613800000001"] {
                let found = try await wecom.call("user/getuserid", ["mobile": mobile])
                #expect(found["userid"] as? String == "wc00000001")
            }
            let us = try await wecom.call("user/getuserid", ["mobile": "+1 5550000003"])
            #expect(us["userid"] as? String == "wc00000003")
            let corp = try await wecom.call(
                "user/get_userid_by_email", ["email": "user5@corp.example.com"])
            #expect(corp["userid"] as? String == "wc00000005")
            let personal = try await wecom.call(
                "user/get_userid_by_email", ["email": "user5@example.com", "email_type": 2])
            #expect(personal["userid"] as? String == "wc00000005")
        }
    }
}
