import Foundation
import MusterSandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct SlackTransportTests {
    private static func post(
        _ slack: SandboxClient, _ method: String, contentType: String?, body: String,
        bearer: Bool = true
    ) async throws -> SandboxClient.Reply {
        var request = URLRequest(url: URL(string: slack.base + method)!)
        request.httpMethod = "POST"
        if bearer {
            request.setValue("Bearer xoxb-sandbox-demo", forHTTPHeaderField: "Authorization")
        }
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        return try await slack.send(request)
    }

    @Test func acceptsTheTokenAsAFormArgument() async throws {
        try await withSandbox { _, slack in
            let reply = try await Self.post(
                slack, "auth.test", contentType: "application/x-www-form-urlencoded",
                body: "token=xoxb-sandbox-demo", bearer: false)
            #expect(reply.ok)
        }
    }

    @Test(arguments: [
        ("application/json", "{not json", "invalid_json"),
        ("application/json", "[1,2]", "json_not_object"),
        ("text/plain", "name=x", "invalid_post_type"),
    ])
    func rejectsABodyItCannotRead(contentType: String, body: String, error: String) async throws {
        try await withSandbox { _, slack in
            let reply = try await Self.post(
                slack, "conversations.create", contentType: contentType, body: body)
            #expect(reply.status == 200)
            #expect(reply.error == error)
        }
    }

    @Test func answersUnknownMethodForAMethodItDoesNotEmulate() async throws {
        try await withSandbox { _, slack in
            let reply = try await slack.call("admin.teams.list")
            #expect(reply.error == "unknown_method")
        }
    }

    @Test func invitesTheGoodUsersAndListsTheBadOnesWhenForced() async throws {
        try await withSandbox { server, slack in
            let created = try await slack.call("conversations.create", ["name": "inc-force"])
            let channel = (created["channel"] as? [String: Any])?["id"] as? String ?? ""
            let reply = try await slack.call(
                "conversations.invite",
                ["channel": channel, "users": "U00000001,U404,U00000010", "force": "true"])
            #expect(reply.ok)
            let errors = reply["errors"] as? [[String: Any]] ?? []
            #expect(
                errors.compactMap { $0["error"] as? String } == ["user_not_found", "cant_invite"])
            #expect(
                server.store.snapshot.slack.channels[0].members == ["U0SANDBOXBOT", "U00000001"])
        }
    }

    @Test func hidesPrivateChannelsTheBotIsNotIn() async throws {
        try await withSandbox { _, slack in
            let created = try await slack.call(
                "conversations.create", ["name": "inc-hidden", "is_private": "1"])
            let channel = (created["channel"] as? [String: Any])?["id"] as? String ?? ""
            _ = try await slack.admin(
                "POST", "slack/drift",
                body: ["action": "kick", "channel": channel, "user": "U0SANDBOXBOT"])
            let info = try await slack.call("conversations.info", ["channel": channel])
            #expect(info.error == "channel_not_found")
            let listed = try await slack.call("conversations.list", ["types": "private_channel"])
            #expect((listed["channels"] as? [Any])?.count == 0)
        }
    }

    @Test func joiningTwiceSucceedsWithAWarning() async throws {
        try await withSandbox { _, slack in
            let created = try await slack.call("conversations.create", ["name": "inc-join"])
            let channel = (created["channel"] as? [String: Any])?["id"] as? String ?? ""
            let joined = try await slack.call("conversations.join", ["channel": channel])
            #expect(joined.ok)
            #expect(joined["warning"] as? String == "already_in_channel")
        }
    }

    @Test func rejectsAPageLimitOverAThousandAndAForeignCursor() async throws {
        try await withSandbox { _, slack in
            let tooMany = try await slack.call("users.list", ["limit": "1001"])
            #expect(tooMany.error == "invalid_limit")
            let foreign = try await slack.call(
                "users.list", ["limit": "10", "cursor": "dXNlcjpVMDYx"])
            #expect(foreign.error == "invalid_cursor")
        }
    }
}
