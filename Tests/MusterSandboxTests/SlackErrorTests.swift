import Foundation
import MusterSandbox
import Testing

@Suite struct SlackErrorTests {
    @Test func refusesADuplicateChannelNameEvenWhenArchived() async throws {
        try await withSandbox { _, slack in
            let created = try await slack.call("conversations.create", ["name": "inc-7"])
            let channel = (created["channel"] as? [String: Any])?["id"] as? String ?? ""
            _ = try await slack.call("conversations.archive", ["channel": channel])
            #expect(
                try await slack.call("conversations.create", ["name": "inc-7"]).error
                    == "name_taken")
        }
    }

    @Test(arguments: [
        ("", "invalid_name_required"), ("Inc-1", "invalid_name_specials"),
        ("inc 1", "invalid_name_specials"), ("---", "invalid_name_punctuation"),
        (String(repeating: "a", count: 81), "invalid_name_maxlength"),
    ])
    func refusesAnInvalidChannelName(name: String, error: String) async throws {
        try await withSandbox { _, slack in
            let reply = try await slack.call("conversations.create", ["name": name])
            #expect(reply.error == error)
        }
    }

    @Test func failsTheWholeInviteWhenOneUserIsAlreadyIn() async throws {
        try await withSandbox { server, slack in
            let created = try await slack.call("conversations.create", ["name": "inc-8"])
            let channel = (created["channel"] as? [String: Any])?["id"] as? String ?? ""
            _ = try await slack.call(
                "conversations.invite", ["channel": channel, "users": "U00000001"])
            let again = try await slack.call(
                "conversations.invite", ["channel": channel, "users": "U00000002,U00000001"])
            #expect(again.error == "already_in_channel")
            #expect(server.store.snapshot.slack.channels[0].members.count == 2)
            let unknown = try await slack.call(
                "conversations.invite", ["channel": channel, "users": "U404"])
            #expect(unknown.error == "user_not_found")
        }
    }

    @Test func answersUsersNotFoundForAnUnknownEmail() async throws {
        try await withSandbox { _, slack in
            let reply = try await slack.call("users.lookupByEmail", ["email": "nobody@example.com"])
            #expect(reply.status == 200)
            #expect(reply.error == "users_not_found")
        }
    }

    @Test func namesTheNeededAndProvidedScopesWhenOneIsMissing() async throws {
        try await withSandbox { _, demo in
            let slack = SandboxClient(base: demo.base, token: "xoxb-sandbox-limited")
            let reply = try await slack.call(
                "conversations.create", ["name": "inc-9", "is_private": "true"])
            #expect(reply.error == "missing_scope")
            #expect(reply["needed"] as? String == "groups:write")
            #expect(reply["provided"] as? String == "channels:read,users:read")
            #expect(reply.headers["x-oauth-scopes"] == "channels:read,users:read")
        }
    }

    @Test(arguments: [
        ("xoxb-sandbox-revoked", "token_revoked"), ("xoxb-unknown", "invalid_auth"),
    ])
    func rejectsABadToken(token: String, error: String) async throws {
        try await withSandbox { _, demo in
            let slack = SandboxClient(base: demo.base, token: token)
            let reply = try await slack.call("auth.test")
            #expect(reply.error == error)
        }
    }

    @Test func answersNotAuthedWithoutAToken() async throws {
        try await withSandbox { _, demo in
            let slack = SandboxClient(base: demo.base, token: nil)
            let reply = try await slack.call("auth.test")
            #expect(reply.error == "not_authed")
        }
    }

    @Test func refusesToChangeAnArchivedChannel() async throws {
        try await withSandbox { _, slack in
            let created = try await slack.call("conversations.create", ["name": "inc-10"])
            let channel = (created["channel"] as? [String: Any])?["id"] as? String ?? ""
            _ = try await slack.call("conversations.archive", ["channel": channel])
            #expect(
                try await slack.call("conversations.setTopic", ["channel": channel, "topic": "x"])
                    .error == "is_archived")
            #expect(
                try await slack.call("conversations.archive", ["channel": channel]).error
                    == "already_archived")
            #expect(
                try await slack.call("conversations.info", ["channel": "C404"]).error
                    == "channel_not_found")
        }
    }

    @Test func revokingATokenByDriftRejectsItsNextCall() async throws {
        try await withSandbox { _, slack in
            let drift = try await slack.admin(
                "POST", "slack/drift",
                body: ["action": "revokeToken", "token": "xoxb-sandbox-demo"])
            #expect(drift.ok)
            #expect(try await slack.call("auth.test").error == "token_revoked")
        }
    }

    @Test func expiresATokenWhenTheVirtualClockPassesItsExpiry() async throws {
        var seed = SandboxSeed.demo
        let expiry = Date().timeIntervalSince1970 + 3600
        seed.slack?.apps[0].tokens.append(
            .init(token: "xoxe.xoxb-rotating", scopes: ["users:read"], expiresAt: expiry))
        try await withSandbox(seed: seed) { _, demo in
            let slack = SandboxClient(base: demo.base, token: "xoxe.xoxb-rotating")
            #expect(try await slack.call("auth.test").ok)
            _ = try await slack.admin("POST", "clock/advance", body: ["seconds": 3601])
            let expired = try await slack.call("auth.test")
            #expect(expired.error == "token_expired")
        }
    }
}
