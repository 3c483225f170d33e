import Foundation
import MusterSandbox
import Testing

@Suite struct SandboxStateTests {
    private static func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "muster-sandbox-\(UUID().uuidString)"
    }

    @Test func keepsTheOrganisationAcrossARestartWithTheSameStateDirectory() async throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let channel = try await withSandbox(stateDirectory: directory) { _, slack in
            let created = try await slack.call("conversations.create", ["name": "inc-restart"])
            let id = (created["channel"] as? [String: Any])?["id"] as? String ?? ""
            _ = try await slack.call("conversations.invite", ["channel": id, "users": "U00000005"])
            _ = try await slack.call("chat.postMessage", ["channel": id, "text": "still here"])
            return id
        }
        try await withSandbox(seed: SandboxSeed(), stateDirectory: directory) { server, slack in
            let members = try await slack.call("conversations.members", ["channel": channel])
            #expect(members["members"] as? [String] == ["U0SANDBOXBOT", "U00000005"])
            #expect(server.store.snapshot.slack.messages.map(\.text) == ["still here"])
            #expect(
                server.store.snapshot.counters.count(service: "slack", method: "chat.postMessage")
                    == 1)
        }
    }

    @Test func resetsToASeedGivenInTheBody() async throws {
        try await withSandbox { _, slack in
            _ = try await slack.call("conversations.create", ["name": "inc-before-reset"])
            let seed = try JSONSerialization.jsonObject(
                with: JSONEncoder().encode(
                    SandboxSeed(
                        slack: SlackSeed(
                            apps: [
                                .init(
                                    id: "A1", name: "other", botUserId: "UBOT", botId: "B1",
                                    tokens: [.init(token: "xoxb-other", scopes: ["channels:read"])])
                            ]))))
            #expect(try await slack.admin("POST", "reset", body: seed).ok)
            let other = SandboxClient(base: slack.base, token: "xoxb-other")
            #expect(try await other.call("auth.test")["user_id"] as? String == "UBOT")
            let listed = try await other.call("conversations.list")
            #expect((listed["channels"] as? [Any])?.isEmpty == true)
            #expect(try await slack.call("auth.test").error == "invalid_auth")
        }
    }

    @Test func simulatesDriftByRenamingAChannelAndKickingAMember() async throws {
        try await withSandbox { _, slack in
            let created = try await slack.call("conversations.create", ["name": "inc-drift"])
            let id = (created["channel"] as? [String: Any])?["id"] as? String ?? ""
            _ = try await slack.call("conversations.invite", ["channel": id, "users": "U00000001"])
            _ = try await slack.admin(
                "POST", "slack/drift", body: ["action": "rename", "channel": id, "name": "renamed"])
            _ = try await slack.admin(
                "POST", "slack/drift", body: ["action": "kick", "channel": id, "user": "U00000001"])
            let info = try await slack.call("conversations.info", ["channel": id])
            #expect((info["channel"] as? [String: Any])?["name"] as? String == "renamed")
            let members = try await slack.call("conversations.members", ["channel": id])
            #expect(members["members"] as? [String] == ["U0SANDBOXBOT"])
            let unknown = try await slack.admin(
                "POST", "slack/drift", body: ["action": "archive", "channel": "C404"])
            #expect(unknown.status == 400)
        }
    }

    @Test func dumpsTheStateAndCountersAsJSON() async throws {
        try await withSandbox { _, slack in
            _ = try await slack.call("auth.test")
            let state = try await slack.admin("GET", "state")
            #expect((state["slack"] as? [String: Any])?["team"] != nil)
            let counters = try await slack.admin("GET", "counters")
            #expect((counters["slack"] as? [String: Any])?["auth.test"] as? Int == 1)
        }
    }

    @Test func refusesToServeOnANonLoopbackAddress() {
        #expect(throws: SandboxError.self) {
            try SandboxServer(options: .init(host: "0.0.0.0"))
        }
    }
}
