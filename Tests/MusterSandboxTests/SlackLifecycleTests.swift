import Foundation
import MusterSandbox
import Testing

@Suite struct SlackLifecycleTests {
    @Test func runsAWholeWarRoomLifecycle() async throws {
        try await withSandbox { server, slack in
            let created = try await slack.call(
                "conversations.create", ["name": "inc-42", "is_private": "1"])
            #expect(created.ok)
            let channel = (created["channel"] as? [String: Any])?["id"] as? String ?? ""

            let invited = try await slack.call(
                "conversations.invite", ["channel": channel, "users": "U00000001,U00000002"])
            #expect(invited.ok)
            let renamed = try await slack.call(
                "conversations.rename", ["channel": channel, "name": "inc-42-checkout"])
            #expect((renamed["channel"] as? [String: Any])?["name"] as? String == "inc-42-checkout")
            #expect(
                try await slack.call(
                    "conversations.setTopic", ["channel": channel, "topic": "Sev1: checkout"]
                ).ok)
            #expect(
                try await slack.call(
                    "conversations.setPurpose", ["channel": channel, "purpose": "war room"]
                ).ok)
            let posted = try await slack.call(
                "chat.postMessage", ["channel": channel, "text": "Incident declared"],
                encoding: .json)
            #expect(posted.ok)
            #expect(
                try await slack.call(
                    "conversations.kick", ["channel": channel, "user": "U00000002"]
                ).ok)
            #expect(try await slack.call("conversations.archive", ["channel": channel]).ok)

            let info = try await slack.call(
                "conversations.info", ["channel": channel], encoding: .query)
            let state = info["channel"] as? [String: Any] ?? [:]
            #expect(state["is_archived"] as? Bool == true)
            #expect((state["topic"] as? [String: Any])?["value"] as? String == "Sev1: checkout")
            let world = server.store.snapshot.slack
            #expect(world.messages.map(\.text) == ["Incident declared"])
            #expect(world.channels.first?.members == ["U0SANDBOXBOT", "U00000001"])
        }
    }

    @Test func pagesMembersPastTheFirstPageAndEndsWithAnEmptyCursor() async throws {
        try await withSandbox { _, slack in
            let created = try await slack.call("conversations.create", ["name": "inc-paging"])
            let channel = (created["channel"] as? [String: Any])?["id"] as? String ?? ""
            for batch in stride(from: 1, to: 151, by: 75) {
                let users = (batch..<batch + 75).filter { $0 % 10 != 0 }
                    .map { "U" + String(format: "%08d", $0) }
                #expect(
                    try await slack.call(
                        "conversations.invite",
                        ["channel": channel, "users": users.joined(separator: ",")]
                    ).ok)
            }
            var members: [String] = []
            var cursor = ""
            var pages = 0
            repeat {
                let page = try await slack.call(
                    "conversations.members", ["channel": channel, "limit": "50", "cursor": cursor])
                members += page["members"] as? [String] ?? []
                cursor =
                    (page["response_metadata"] as? [String: Any])?["next_cursor"] as? String ?? ""
                pages += 1
            } while !cursor.isEmpty && pages < 10
            #expect(pages == 3)
            #expect(members.count == 136)
            #expect(Set(members).count == members.count)
        }
    }

    @Test func acceptsTheSameCallAsGetQueryPostFormAndPostJSON() async throws {
        try await withSandbox { _, slack in
            for encoding in [SandboxClient.Encoding.query, .form, .json] {
                let reply = try await slack.call(
                    "users.lookupByEmail", ["email": "user3@example.com"], encoding: encoding)
                #expect((reply["user"] as? [String: Any])?["id"] as? String == "U00000003")
                #expect(reply.headers["x-oauth-scopes"]?.contains("users:read.email") == true)
                #expect(reply.headers["x-accepted-oauth-scopes"] == "users:read.email")
            }
        }
    }

    @Test func reportsGrantedScopesOnAuthTestWithoutSpaces() async throws {
        try await withSandbox { _, slack in
            let reply = try await slack.call("auth.test")
            #expect(reply.ok)
            #expect(reply["user_id"] as? String == "U0SANDBOXBOT")
            #expect(
                reply.headers["x-oauth-scopes"] == SlackSeed.warRoomScopes.joined(separator: ","))
        }
    }

    @Test func listsUsersWithEmailsPhonesAndDeactivatedFlags() async throws {
        try await withSandbox { _, slack in
            let page = try await slack.call("users.list", ["limit": "20"])
            let users = page["members"] as? [[String: Any]] ?? []
            #expect(users.count == 20)
            let tenth = users.first { $0["id"] as? String == "U00000010" }
            #expect(tenth?["deleted"] as? Bool == true)
            let profile =
                users.first { $0["id"] as? String == "U00000001" }?["profile"] as? [String: Any]
            #expect(profile?["email"] as? String == "user1@example.com")
            #expect(profile?["phone"] as? String == "+15550000001")
        }
    }
}
