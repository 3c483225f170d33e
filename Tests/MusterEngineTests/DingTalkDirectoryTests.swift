import MusterPlan
import Testing

/// DingTalk bindings read against the sandbox: one `getbymobile` per phone (DingTalk has no
/// batch), then one `topapi/v2/user/get` per userid found or overridden.
@Suite struct DingTalkDirectoryTests {
    private static var seed: [String: Any] {
        let users: [[String: Any]] = [
            user("dt_alice", "Alice", "+86-13800000001"),
            user("dt_us", "Sam", "+1-5550000002"),
            user("dt_left", "Left", "+86-13800000003", isActive: false),
            user("dt_new", "New", "+86-13800000004", isActivated: false),
            user("dt_hidden", "Hidden", "+44-7700900005"),
            user("dt_erin", "Erin", "+86-13800000009"),
        ]
        let everyoneButHidden = ["dt_alice", "dt_us", "dt_left", "dt_new", "dt_erin"]
        let apps: [[String: Any]] = [
            [
                "appKey": "dingidentity", "appSecret": "identity-secret", "name": "muster",
                "permissions": ["qyapi_get_member_by_mobile", "qyapi_get_member"],
                "visibleUserIds": everyoneButHidden,
            ],
            [
                "appKey": "dingnolookup", "appSecret": "no-lookup-secret", "name": "chats only",
                "permissions": ["qyapi_chat_manage"],
            ],
            [
                "appKey": "dingnoread", "appSecret": "no-read-secret", "name": "lookups only",
                "permissions": ["qyapi_get_member_by_mobile"],
            ],
        ]
        let members = [
            IdentitySandbox.member(1, "alice@example.com", phone: ("+86", "13800000001")),
            IdentitySandbox.member(2, "sam@example.com", phone: ("+1", "555 000 0002")),
            IdentitySandbox.member(3, "left@example.com", phone: ("+86", "138 0000 0003")),
            IdentitySandbox.member(4, "new@example.com", phone: ("+86", "13800000004")),
            IdentitySandbox.member(5, "hidden@example.com", phone: ("+44", "07700 900005")),
            IdentitySandbox.member(6, "nobody@example.com", phone: ("+86", "13900000006")),
            IdentitySandbox.member(7, "nophone@example.com"),
            IdentitySandbox.member(8, "erin@example.com"),
        ]
        return [
            "dingtalk": ["apps": apps, "users": users, "templates": [], "queriesPerSecond": 0],
            "flashduty": IdentitySandbox.flashduty(members),
        ]
    }

    private static func user(
        _ id: String, _ name: String, _ mobile: String, isActive: Bool = true,
        isActivated: Bool = true
    ) -> [String: Any] {
        [
            "userId": id, "unionId": "un_" + id, "name": name, "mobile": mobile,
            "isActive": isActive, "isActivated": isActivated,
        ]
    }

    private static let documents = IdentitySandbox.documents(
        platform: "dingtalk",
        credentials: #"{appKey: dingidentity, appSecret: "${env:DINGTALK_APP_SECRET}"}"#,
        bindings: IdentitySandbox.binding(
            "everyone", match: "[phone]",
            overrides: [
                ("erin@example.com", "dt_erin"), ("alice@example.com", "dt_alice"),
                ("nobody@example.com", "dt_nope"), ("nophone@example.com", "dt_hidden"),
            ]))

    private func read(
        app: (String, String)? = nil
    ) async throws -> (ObservedDirectory, [String: Int]) {
        let credentials = app.map { ["chat": ["appKey": $0.0, "appSecret": $0.1]] } ?? [:]
        return try await IdentitySandbox.run(
            seed: Self.seed, documents: Self.documents, credentials: credentials
        ) { sandbox in
            let read = try await sandbox.read()
            return (try #require(read.directories["chat"]), read.calls["dingtalk"] ?? [:])
        }
    }

    @Test func looksEachPhoneUpOnceAndReadsEachUseridOnce() async throws {
        let (dingtalk, calls) = try await read()

        #expect(dingtalk.matches.count == 6, "members 1-6 have phones")
        #expect(
            calls == ["topapi/v2/user/getbymobile": 6, "topapi/v2/user/get": 6],
            "4 userids found and 4 overridden, 2 of them the same")
    }

    @Test func reportsEachOutcomeOfAPhone() async throws {
        let (dingtalk, _) = try await read()

        #expect(
            dingtalk.phone("+8613800000001")
                == [ObservedAccount(id: "dt_alice", name: "Alice", phone: "+8613800000001")])
        #expect(dingtalk.phone("+15550000002")?.map(\.id) == ["dt_us"])
        #expect(dingtalk.phone("+8613800000003") == [], "someone who left is not found")
        #expect(dingtalk.phone("+8613800000004")?.map(\.status) == [.deactivated])
        #expect(dingtalk.phone("+447700900005")?.map(\.isVisible) == [false])
        #expect(dingtalk.phone("+447700900005")?.map(\.id) == ["dt_hidden"])
        #expect(dingtalk.phone("+8613900000006") == [])
        #expect(dingtalk.refusals.isEmpty)
    }

    @Test func readsOverridesWithUserGet() async throws {
        let (dingtalk, _) = try await read()

        #expect(dingtalk.accounts["dt_erin"] == .some(ObservedAccount(id: "dt_erin", name: "Erin")))
        #expect(dingtalk.accounts["dt_alice"]??.name == "Alice")
        #expect(dingtalk.accounts["dt_nope"] == .some(nil))
        #expect(
            dingtalk.accounts["dt_hidden"]
                == .some(ObservedAccount(id: "dt_hidden", isVisible: false)))
    }

    @Test func refusesPhoneLookupsOnceWithoutThePermission() async throws {
        let (dingtalk, calls) = try await read(app: ("dingnolookup", "no-lookup-secret"))

        let refusal = try #require(dingtalk.refusals[.phone])
        #expect(refusal.missingScope == "qyapi_get_member_by_mobile")
        #expect(refusal.message.hasPrefix("DingTalk topapi/v2/user/getbymobile: 60011"))
        #expect(dingtalk.matches.isEmpty)
        #expect(
            dingtalk.accounts["dt_nope"] == .some(ObservedAccount(id: "dt_nope")),
            "overrides the app may not read are taken on trust")
        #expect(calls == ["topapi/v2/user/getbymobile": 1, "topapi/v2/user/get": 1])
    }

    @Test func keepsMatchesWhenTheAppMayNotReadUsers() async throws {
        let (dingtalk, calls) = try await read(app: ("dingnoread", "no-read-secret"))

        #expect(dingtalk.refusals.isEmpty)
        #expect(
            dingtalk.phone("+8613800000004")
                == [ObservedAccount(id: "dt_new", phone: "+8613800000004")],
            "the userid, with nothing known of its state")
        #expect(dingtalk.accounts["dt_hidden"] == .some(ObservedAccount(id: "dt_hidden")))
        #expect(dingtalk.accounts.count == 4)
        #expect(calls == ["topapi/v2/user/getbymobile": 6, "topapi/v2/user/get": 1])
    }
}
