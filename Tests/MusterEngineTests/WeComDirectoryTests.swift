import MusterPlan
import Testing

/// WeCom bindings read against the sandbox: one lookup per address (a corporate mailbox, then
/// a personal email), then one `user/get` per userid found or overridden.
@Suite struct WeComDirectoryTests {
    private static var seed: [String: Any] {
        let users: [[String: Any]] = [
            user("wc_alice", ["bizMail": "alice@example.com"]),
            user("wc_bob", ["email": "bob@example.com"]),
            user("wc_carol", ["mobile": "13800000003"]),
            user("wc_dan", ["mobile": "+1 5550000004"]),
            user("wc_dis", ["email": "dis@example.com", "isDisabled": true]),
            user("wc_left", ["email": "left@example.com", "isActive": false]),
            user("wc_other", ["email": "other@example.com"], department: 3),
            user("wc_erin", [:]),
        ]
        let apps: [[String: Any]] = [
            [
                "agentId": 1_000_002, "name": "muster", "secret": "identity-secret",
                "visibleDepartments": [1],
            ],
            [
                "agentId": 1_000_003, "name": "team a", "secret": "team-secret",
                "visibleDepartments": [2],
            ],
            [
                "agentId": 1_000_004, "name": "no lookups", "secret": "forbidden-secret",
                "visibleDepartments": [1],
                "forbiddenApis": ["user/getuserid", "user/get_userid_by_email"],
            ],
        ]
        let departments: [[String: Any]] = [
            ["id": 1, "name": "root"], ["id": 2, "name": "a", "parentId": 1],
            ["id": 3, "name": "b", "parentId": 1],
        ]
        let members = [
            IdentitySandbox.member(1, "alice@example.com"),
            IdentitySandbox.member(2, "bob@example.com"),
            IdentitySandbox.member(3, "carol@example.com", phone: ("+86", "13800000003")),
            IdentitySandbox.member(4, "dan@example.com", phone: ("+1", "5550000004")),
            IdentitySandbox.member(5, "dis@example.com"),
            IdentitySandbox.member(6, "left@example.com"),
            IdentitySandbox.member(7, "other@example.com"),
            IdentitySandbox.member(8, "nobody@example.com", phone: ("+86", "13900000008")),
            IdentitySandbox.member(9, "erin@example.com"),
        ]
        let wecom: [String: Any] = [
            "corpId": "wwidentity", "apps": apps, "departments": departments, "users": users,
            "callsPerMinute": 0,
        ]
        return ["wecom": wecom, "flashduty": IdentitySandbox.flashduty(members)]
    }

    private static func user(
        _ id: String, _ fields: [String: Any], department: Int = 2
    ) -> [String: Any] {
        fields.merging([
            "userId": id, "name": id.dropFirst(3).capitalized, "departments": [department],
        ]) { first, _ in first }
    }

    private static let documents = IdentitySandbox.documents(
        platform: "wecom",
        credentials: #"{corpId: wwidentity, agentId: 1000002, corpSecret: "${env:WECOM_SECRET}"}"#,
        bindings: IdentitySandbox.binding(
            "everyone", match: "[email, phone]",
            overrides: [
                ("erin@example.com", "wc_erin"), ("nobody@example.com", "wc_nope"),
                ("other@example.com", "wc_other"),
            ]))

    private func read(
        agent: (Int, String)? = nil, drift: [[String: Any]] = []
    ) async throws -> (ObservedDirectory, [String: Int]) {
        let credentials = agent.map {
            ["chat": ["corpId": "wwidentity", "agentId": String($0.0), "corpSecret": $0.1]]
        }
        return try await IdentitySandbox.run(
            seed: Self.seed, documents: Self.documents, credentials: credentials ?? [:]
        ) { sandbox in
            for change in drift { try await sandbox.admin("wecom/drift", change) }
            let read = try await sandbox.read()
            return (try #require(read.directories["chat"]), read.calls["wecom"] ?? [:])
        }
    }

    @Test func looksEachAddressUpAndReadsEachUseridOnce() async throws {
        let (wecom, calls) = try await read()

        #expect(wecom.matches.count == 9 + 3)
        #expect(
            calls == ["user/get_userid_by_email": 17, "user/getuserid": 3, "user/get": 8],
            "a corporate hit costs one email lookup, anything else two")
    }

    @Test func reportsEachOutcomeOfAnAddress() async throws {
        let (wecom, _) = try await read()

        #expect(
            wecom.email("alice@example.com")
                == [ObservedAccount(id: "wc_alice", name: "Alice", email: "alice@example.com")])
        #expect(wecom.email("bob@example.com")?.map(\.id) == ["wc_bob"], "a personal email")
        #expect(wecom.email("carol@example.com") == [])
        #expect(wecom.phone("+8613800000003")?.map(\.id) == ["wc_carol"])
        #expect(wecom.phone("+15550000004")?.map(\.id) == ["wc_dan"])
        #expect(wecom.email("dis@example.com")?.map(\.status) == [.deactivated])
        #expect(wecom.email("left@example.com") == [], "someone who left is not found")
        #expect(wecom.email("other@example.com")?.map(\.isVisible) == [true])
        #expect(wecom.phone("+8613900000008") == [])
        #expect(wecom.refusals.isEmpty)
        #expect(wecom.accounts["wc_erin"] == .some(ObservedAccount(id: "wc_erin", name: "Erin")))
        #expect(wecom.accounts["wc_nope"] == .some(nil))
    }

    @Test func marksPeopleOutsideTheAppsVisibility() async throws {
        let (wecom, _) = try await read(agent: (1_000_003, "team-secret"))

        #expect(
            wecom.email("other@example.com")
                == [ObservedAccount(id: "", email: "other@example.com", isVisible: false)],
            "WeCom answers 60011 without the userid")
        #expect(
            wecom.accounts["wc_other"] == .some(ObservedAccount(id: "wc_other", isVisible: false)))
        #expect(wecom.email("bob@example.com")?.map(\.isVisible) == [true])
    }

    @Test func refusesEachMethodOnceWhenTheAppMayNotCallItsLookup() async throws {
        let (wecom, calls) = try await read(agent: (1_000_004, "forbidden-secret"))

        #expect(Set(wecom.refusals.keys) == [.email, .phone])
        #expect(
            wecom.refusals[.email]
                == LookupRefusal(
                    missingScope: nil,
                    message: "WeCom user/get_userid_by_email: 48002 (api forbidden)"))
        #expect(wecom.matches.isEmpty)
        #expect(wecom.accounts["wc_erin"]??.name == "Erin", "user/get is still allowed")
        #expect(calls == ["user/get_userid_by_email": 1, "user/getuserid": 1, "user/get": 3])
    }

    @Test func seesDriftThatDisablesAMemberOrForbidsALookup() async throws {
        let (wecom, calls) = try await read(drift: [
            ["action": "disableUser", "user": "wc_bob"],
            ["action": "forbidApi", "agentId": 1_000_002, "api": "user/getuserid"],
        ])

        #expect(wecom.email("bob@example.com")?.map(\.status) == [.deactivated])
        #expect(wecom.refusals[.phone]?.message == "WeCom user/getuserid: 48002 (api forbidden)")
        #expect(wecom.refusals[.email] == nil)
        #expect(calls["user/getuserid"] == 1)
    }
}
