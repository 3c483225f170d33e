import MusterPlan
import Testing

/// Feishu bindings read against the sandbox: `batch_get_id` 50 addresses of each kind a call,
/// and `contact/v3/users/batch` 50 overrides a call.
@Suite struct FeishuDirectoryTests {
    /// Members with an email and a phone each, past two batches of 50.
    private static let bulk = 120
    /// Bulk members with an override, past one batch of 50 open_ids.
    private static let bulkOverrides = 60

    private static var seed: [String: Any] {
        var users: [[String: Any]] = [
            user("ou_alice", "Alice", "alice@example.com", mobile: "+8613800000001"),
            user("ou_phone", "Phone Only", nil, mobile: "+447700900002"),
            user("ou_carol", "Carol", "carol@example.com", isResigned: true),
            user("ou_dave", "Dave", "dave@example.com", isFrozen: true),
            user("ou_dup1", "Dup One", "dup@example.com"),
            user("ou_dup2", "Dup Two", "dup@example.com"),
            user("ou_hidden", "Hidden", "hidden@example.com"),
            user("ou_erin", "Erin", "erin.lark@example.com"),
        ]
        users += (1...bulk).map {
            user("ou_bulk\($0)", "Bulk \($0)", "bulk\($0)@example.com", mobile: "+1555\($0)")
        }
        let visible = users.compactMap { $0["openId"] as? String }.filter { $0 != "ou_hidden" }
        var members = [
            IdentitySandbox.member(1, "alice@example.com", phone: ("+86", "13800000001")),
            IdentitySandbox.member(2, "bob@example.com", phone: ("+44", "07700 900002")),
            IdentitySandbox.member(3, "carol@example.com"),
            IdentitySandbox.member(4, "dave@example.com"),
            IdentitySandbox.member(5, "Dup@example.com"),
            IdentitySandbox.member(6, "hidden@example.com"),
            IdentitySandbox.member(7, "erin@example.com"),
        ]
        members += (1...bulk).map {
            IdentitySandbox.member(100 + $0, "bulk\($0)@example.com", phone: ("+1", "555\($0)"))
        }
        let apps: [[String: Any]] = [
            [
                "appId": "cli_identity", "appSecret": "identity-secret",
                "scopes": ["contact:user.id:readonly", "contact:contact.base:readonly"],
                "visibleOpenIds": visible,
            ],
            ["appId": "cli_no_contacts", "appSecret": "no-contacts-secret", "scopes": ["im:chat"]],
        ]
        return [
            "feishu": ["apps": apps, "users": users, "rateLimits": ["isEnabled": false]],
            "flashduty": IdentitySandbox.flashduty(members),
        ]
    }

    private static func user(
        _ openId: String, _ name: String, _ email: String?, mobile: String? = nil,
        isResigned: Bool = false, isFrozen: Bool = false
    ) -> [String: Any] {
        var user: [String: Any] = [
            "openId": openId, "name": name, "isResigned": isResigned, "isFrozen": isFrozen,
        ]
        if let email { user["email"] = email }
        if let mobile { user["mobile"] = mobile }
        return user
    }

    private static var documents: String {
        let overrides =
            [
                ("erin@example.com", "ou_erin"), ("bob@example.com", "ou_nope"),
                ("hidden@example.com", "ou_hidden"),
            ] + (1...bulkOverrides).map { ("bulk\($0)@example.com", "ou_bulk\($0)") }
        return IdentitySandbox.documents(
            platform: "feishu",
            credentials: #"{appId: cli_identity, appSecret: "${env:FEISHU_APP_SECRET}"}"#,
            bindings: IdentitySandbox.binding(
                "everyone", match: "[email, phone]", overrides: overrides))
    }

    private func read(
        app: (String, String)? = nil
    ) async throws -> (ObservedDirectory, [String: Int]) {
        let credentials = app.map { ["chat": ["appId": $0.0, "appSecret": $0.1]] } ?? [:]
        return try await IdentitySandbox.run(
            seed: Self.seed, documents: Self.documents, credentials: credentials
        ) { sandbox in
            let read = try await sandbox.read()
            return (try #require(read.directories["chat"]), read.calls["feishu"] ?? [:])
        }
    }

    @Test func looksAddressesUpFiftyOfEachKindACall() async throws {
        let (feishu, calls) = try await read()

        #expect(feishu.matches.count == 7 + Self.bulk + 2 + Self.bulk, "every email and phone")
        #expect(feishu.phone("+15551")?.map(\.id) == ["ou_bulk1"])
        #expect(feishu.email("bulk120@example.com")?.map(\.id) == ["ou_bulk120"])
        #expect(
            calls == ["contact.v3.user.batch_get_id": 3, "contact.v3.user.batch": 2],
            "127 emails and 122 mobiles in three calls, 63 overrides in two")
    }

    @Test func reportsEachOutcomeOfAnAddress() async throws {
        let (feishu, _) = try await read()

        let alice = ObservedAccount(id: "ou_alice", email: "alice@example.com")
        #expect(feishu.email("alice@example.com") == [alice])
        #expect(feishu.phone("+8613800000001")?.map(\.id) == ["ou_alice"])
        #expect(feishu.email("bob@example.com") == [])
        #expect(feishu.phone("+447700900002")?.map(\.id) == ["ou_phone"])
        #expect(feishu.email("carol@example.com")?.map(\.status) == [.resigned])
        #expect(feishu.email("dave@example.com")?.map(\.status) == [.deactivated])
        #expect(feishu.email("dup@example.com")?.map(\.id) == ["ou_dup1", "ou_dup2"])
        #expect(feishu.email("hidden@example.com") == [], "outside the range looks not found")
        #expect(feishu.refusals.isEmpty)
    }

    @Test func readsOverridesByOpenID() async throws {
        let (feishu, _) = try await read()

        #expect(feishu.accounts["ou_erin"] == .some(ObservedAccount(id: "ou_erin", name: "Erin")))
        #expect(feishu.accounts["ou_nope"] == .some(nil))
        #expect(feishu.accounts["ou_hidden"] == .some(nil), "outside the range looks not found")
        #expect(feishu.accounts.count == 3 + Self.bulkOverrides)
    }

    @Test func refusesBothMethodsOnceWithoutTheLookupScope() async throws {
        let (feishu, calls) = try await read(app: ("cli_no_contacts", "no-contacts-secret"))

        #expect(Set(feishu.refusals.keys) == [.email, .phone])
        let refusal = try #require(feishu.refusals[.email])
        #expect(refusal.missingScope == "contact:user.id:readonly")
        #expect(refusal.message.hasPrefix("Feishu contact.v3.user.batch_get_id: 99991672"))
        #expect(feishu.matches.isEmpty)
        #expect(
            feishu.accounts["ou_nope"] == .some(ObservedAccount(id: "ou_nope")),
            "overrides the app may not read are taken on trust")
        #expect(feishu.accounts.count == 3 + Self.bulkOverrides)
        #expect(calls == ["contact.v3.user.batch_get_id": 1, "contact.v3.user.batch": 1])
    }
}
