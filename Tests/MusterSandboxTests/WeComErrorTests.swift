import Foundation
import MusterSandbox
import Testing

@Suite struct WeComErrorTests {
    private static var chat: [String: Any] {
        ["chatid": "incerr", "name": "inc", "userlist": ["wc00000001", "wc00000002"]]
    }

    @Test func refusesATakenChatIdAndABadOne() async throws {
        try await withSandbox { server, _ in
            var wecom = WeComClient(server: server)
            try await wecom.signIn()
            #expect(try await wecom.call("appchat/create", Self.chat).errcode == 0)
            #expect(try await wecom.call("appchat/create", Self.chat).errcode == 86215)
            var bad = Self.chat
            bad["chatid"] = "inc-err"
            #expect(try await wecom.call("appchat/create", bad).errcode == 86001)
            bad["chatid"] = String(repeating: "a", count: 33)
            #expect(try await wecom.call("appchat/create", bad).errcode == 86205)
            bad["chatid"] = "solo"
            bad["userlist"] = ["wc00000001"]
            #expect(try await wecom.call("appchat/create", bad).errcode == 86006)
        }
    }

    @Test func rejectsUnknownUsersAndNonMembers() async throws {
        try await withSandbox { server, _ in
            var wecom = WeComClient(server: server)
            try await wecom.signIn()
            _ = try await wecom.call("appchat/create", Self.chat)
            let add = try await wecom.call(
                "appchat/update", ["chatid": "incerr", "add_user_list": ["nobody"]])
            #expect(add.errcode == 86216)
            let del = try await wecom.call(
                "appchat/update", ["chatid": "incerr", "del_user_list": ["wc00000003"]])
            #expect(del.errcode == 86216)
            #expect(try await wecom.call("appchat/get", query: ["chatid": "nope"]).errcode == 86003)
            let lookup = try await wecom.call("user/getuserid", ["mobile": "13999999999"])
            #expect(lookup.errcode == 46004)
            let email = try await wecom.call(
                "user/get_userid_by_email", ["email": "nobody@corp.example.com"])
            #expect(email.errcode == 46004)
        }
    }

    @Test func enforcesVisibilityAndTheCreatingApp() async throws {
        try await withSandbox { server, _ in
            var wecom = WeComClient(server: server)
            try await wecom.signIn()
            _ = try await wecom.call("appchat/create", Self.chat)
            var limited = WeComClient(server: server)
            try await limited.signIn(secret: "sandbox-limited-secret")
            #expect(try await limited.call("appchat/create", Self.chat).errcode == 48002)
            let even = try await limited.call("user/getuserid", ["mobile": "13800000002"])
            #expect(even.errcode == 60011)
            let odd = try await limited.call("user/getuserid", ["mobile": "13800000001"])
            #expect(odd["userid"] as? String == "wc00000001")
            _ = try await wecom.admin(
                "POST", "wecom/drift", body: ["action": "hideFromApp", "agentId": 1_000_002])
            #expect(
                try await wecom.call("appchat/get", query: ["chatid": "incerr"]).errcode == 48002)
        }
    }

    @Test func answersTokenErrorsAndExpiresTokensOnTheVirtualClock() async throws {
        try await withSandbox { server, _ in
            var wecom = WeComClient(server: server)
            let badCorp = try await wecom.call(
                "gettoken", query: ["corpid": "ww0", "corpsecret": "sandbox-demo-secret"])
            #expect(badCorp.errcode == 40013)
            let badSecret = try await wecom.call(
                "gettoken", query: ["corpid": "wwsandboxcorp", "corpsecret": "nope"])
            #expect(badSecret.errcode == 40001)
            #expect(try await wecom.call("appchat/get", query: ["chatid": "x"]).errcode == 41001)
            try await wecom.signIn()
            _ = try await wecom.admin("POST", "clock/advance", body: ["seconds": 7200])
            #expect(try await wecom.call("appchat/get", query: ["chatid": "x"]).errcode == 42001)
            wecom.token = "bogus"
            #expect(try await wecom.call("appchat/get", query: ["chatid": "x"]).errcode == 40014)
        }
    }

    @Test func answers45009OnARateLimitFaultAndOverTheMinuteLimit() async throws {
        var seed = SandboxSeed.demo
        seed.wecom?.callsPerMinute = 2
        try await withSandbox(seed: seed) { server, _ in
            var wecom = WeComClient(server: server)
            try await wecom.signIn()
            let fault: [String: Any] = [
                "service": "wecom", "method": "user/getuserid", "kind": "rateLimited", "count": 1,
            ]
            _ = try await wecom.admin("POST", "faults", body: fault)
            let faulted = try await wecom.call("user/getuserid", ["mobile": "13800000001"])
            #expect(faulted.status == 200)
            #expect(faulted.errcode == 45009)
            #expect(try await wecom.call("appchat/get", query: ["chatid": "x"]).errcode == 86003)
            #expect(try await wecom.call("appchat/get", query: ["chatid": "x"]).errcode == 86003)
            #expect(try await wecom.call("appchat/get", query: ["chatid": "x"]).errcode == 45009)
        }
    }
}
