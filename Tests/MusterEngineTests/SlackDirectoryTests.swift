import MusterPlan
import Testing

/// Slack bindings read against the sandbox: one `users.list` pass, whatever the outcome.
@Suite struct SlackDirectoryTests {
    /// More users than one `users.list` page (999) holds, so the pass reads two pages.
    private static let fillers = 1_200

    private static var seed: [String: Any] {
        var users: [[String: Any]] = [
            user("U1", "alice", "alice@example.com"),
            user("U3", "carol", "carol@example.com", isDeleted: true),
            user("U4", "dup-one", "dup@example.com"), user("U5", "dup-two", "DUP@example.com"),
            user("U6", "erin", "erin.slack@example.com"),
        ]
        users += (1...fillers).map { user("UF\($0)", "filler\($0)", "filler\($0)@example.com") }
        let tokens: [[String: Any]] = [
            ["token": "xoxb-full", "scopes": ["users:read", "users:read.email"]],
            ["token": "xoxb-no-email", "scopes": ["users:read"]],
            ["token": "xoxb-no-users", "scopes": ["chat:write"]],
            ["token": "xoxb-revoked", "scopes": ["users:read"], "isRevoked": true],
        ]
        let members = [
            IdentitySandbox.member(1, "alice@example.com"),
            IdentitySandbox.member(2, "bob@example.com"),
            IdentitySandbox.member(3, "carol@example.com"),
            IdentitySandbox.member(4, "Dup@Example.com"),
            IdentitySandbox.member(5, "erin@example.com"),
            IdentitySandbox.member(6, nil),
        ]
        return [
            "slack": [
                "apps": [
                    [
                        "id": "A1", "name": "muster", "botUserId": "UBOT", "botId": "B1",
                        "tokens": tokens,
                    ]
                ],
                "users": users, "rateLimits": ["isEnabled": false],
            ],
            "flashduty": IdentitySandbox.flashduty(members),
        ]
    }

    private static func user(
        _ id: String, _ name: String, _ email: String, isDeleted: Bool = false
    ) -> [String: Any] {
        [
            "id": id, "name": name, "realName": name.capitalized, "email": email,
            "isDeleted": isDeleted,
        ]
    }

    private static let documents = IdentitySandbox.documents(
        platform: "slack", credentials: #"{botToken: "${env:SLACK_BOT_TOKEN}"}"#,
        bindings: IdentitySandbox.binding(
            "everyone", match: "[email]",
            overrides: [("erin@example.com", "U6"), ("bob@example.com", "UNOPE")]))

    private func read(token: String? = nil) async throws -> (ObservedDirectory, [String: Int]) {
        let credentials = token.map { ["chat": ["botToken": $0]] } ?? [:]
        return try await IdentitySandbox.run(
            seed: Self.seed, documents: Self.documents, credentials: credentials
        ) { sandbox in
            let read = try await sandbox.read()
            return (try #require(read.directories["chat"]), read.calls["slack"] ?? [:])
        }
    }

    @Test func resolvesEveryOutcomeFromOneUsersListPassOfTwoPages() async throws {
        let (slack, calls) = try await read()

        #expect(
            slack.email("alice@example.com")
                == [ObservedAccount(id: "U1", name: "Alice", email: "alice@example.com")])
        #expect(slack.email("bob@example.com") == [])
        #expect(slack.email("carol@example.com")?.map(\.status) == [.deactivated])
        #expect(slack.email("dup@example.com")?.map(\.id) == ["U4", "U5"])
        #expect(slack.email("erin@example.com") == [])
        #expect(slack.matches.count == 5, "the member without an email has no key")
        #expect(slack.refusals.isEmpty)
        #expect(calls == ["users.list": 2], "no per-member users.lookupByEmail, no auth.test")
    }

    @Test func findsOverridesInTheSameList() async throws {
        let (slack, _) = try await read()

        #expect(
            slack.accounts["U6"]
                == .some(
                    ObservedAccount(
                        id: "U6", name: "Erin", email: "erin.slack@example.com")))
        #expect(slack.accounts["UNOPE"] == .some(nil))
        #expect(slack.accounts.count == 2)
    }

    @Test func refusesEmailLookupsWhenTheTokenCannotReadEmails() async throws {
        let (slack, calls) = try await read(token: "xoxb-no-email")

        let refusal = try #require(slack.refusals[.email])
        #expect(refusal.missingScope == "users:read.email")
        #expect(refusal.message.hasPrefix("Slack users.list: missing_scope"))
        #expect(slack.matches.isEmpty)
        #expect(slack.accounts["U6"]??.id == "U6", "overrides need no email")
        #expect(calls == ["users.list": 2, "auth.test": 1])
    }

    @Test func refusesEveryLookupWhenTheCredentialsAreRefused() async throws {
        let (slack, calls) = try await read(token: "xoxb-revoked")

        let refusal = try #require(slack.refusals[.email])
        #expect(
            refusal == LookupRefusal(missingScope: nil, message: "Slack users.list: token_revoked"))
        #expect(slack.matches.isEmpty)
        #expect(slack.accounts["U6"] == .some(ObservedAccount(id: "U6")))
        #expect(calls == ["users.list": 1])
    }

    @Test func refusesLookupsWhenTheTokenCannotListUsers() async throws {
        let (slack, calls) = try await read(token: "xoxb-no-users")

        let refusal = try #require(slack.refusals[.email])
        #expect(refusal.missingScope == "users:read")
        #expect(refusal.message == "Slack users.list: missing_scope")
        #expect(slack.matches.isEmpty)
        #expect(
            slack.accounts["UNOPE"] == .some(ObservedAccount(id: "UNOPE")),
            "overrides that cannot be checked are taken on trust")
        #expect(calls == ["users.list": 1])
    }
}
