import MusterEngine
import MusterLive
import MusterPlan
import Testing

/// `IdentityReader.members`: full phones from `/person/infos`, for bound members only.
@Suite struct IdentityReaderMemberTests {
    /// Members 1-5 are the SRE team; 6-250 are the rest, enough for three batches of 100.
    private static var seed: [String: Any] {
        let phones: [(String, String)] = [
            ("+86", "13800000001"), ("+44", "020 7946 0002"), ("+1", "(555) 000-0003"),
            ("+49", "0151 0000 0004"), ("65", "9000 0005"),
        ]
        var members = phones.enumerated().map { index, phone in
            IdentitySandbox.member(
                index + 1, "sre\(index + 1)@example.com", phone: phone,
                isPhoneVerified: index % 2 == 0)
        }
        members += (6...250).map {
            IdentitySandbox.member($0, "user\($0)@example.com", phone: ("+1", "555\($0)"))
        }
        let slack: [String: Any] = [
            "apps": [
                [
                    "id": "A1", "name": "muster", "botUserId": "UBOT", "botId": "B1",
                    "tokens": [["token": "xoxb-identity", "scopes": ["users:read"]]],
                ]
            ],
            "rateLimits": ["isEnabled": false],
        ]
        let teams: [[String: Any]] = [["id": 3001, "name": "SRE", "personIds": [1, 2, 3, 4, 5]]]
        return ["slack": slack, "flashduty": IdentitySandbox.flashduty(members, teams: teams)]
    }

    private func filled(
        bindings: String
    ) async throws -> (ObservedService, [String: Int]) {
        let documents = IdentitySandbox.documents(
            platform: "slack", credentials: #"{botToken: "${env:SLACK_BOT_TOKEN}"}"#,
            bindings: bindings)
        return try await IdentitySandbox.run(seed: Self.seed, documents: documents) { sandbox in
            var service = try await LiveReader(connections: sandbox.connections)
                .read(for: sandbox.configuration).service
            let listed = try await sandbox.connections.service.members()
            #expect(listed.allSatisfy { $0.phone?.contains("*") ?? true }, "lists mask phones")
            // The reader fills phones itself; start again from the list's view.
            for index in service.members.indices {
                service.members[index].phone = nil
                service.members[index].isPhoneVerified = false
            }
            let (filled, calls) = try await sandbox.counting {
                try await IdentityReader(connections: sandbox.connections)
                    .members(service, for: sandbox.configuration)
            }
            return (filled, calls["flashduty"] ?? [:])
        }
    }

    @Test func fillsEveryMemberInBatchesOfAHundredWhenABindingTakesAll() async throws {
        let (service, calls) = try await filled(
            bindings: IdentitySandbox.binding("everyone", match: "[email]"))

        #expect(calls == ["person/infos": 3])
        #expect(service.members.count == 250)
        #expect(service.members.allSatisfy { $0.phone != nil })
        #expect(service.members.first { $0.id == 250 }?.phone == "+1555250")
    }

    @Test func writesPhonesInE164AndCopiesTheVerifiedFlags() async throws {
        let (service, _) = try await filled(
            bindings: IdentitySandbox.binding("sre", members: nil, teams: "[SRE]", match: "[email]")
        )

        let sre = service.members.filter { $0.id <= 5 }
        #expect(
            sre.map(\.phone) == [
                "+8613800000001", "+442079460002", "+15550000003", "+4915100000004",
                "+6590000005",
            ])
        #expect(sre.map(\.isPhoneVerified) == [true, false, true, false, true])
        #expect(sre.allSatisfy { $0.isEmailVerified })
    }

    @Test func readsOnlyTheMembersTheBindingsSelect() async throws {
        let bindings =
            IdentitySandbox.binding("sre", members: nil, teams: "[SRE]", match: "[email]")
            + "---\n"
            + IdentitySandbox.binding(
                "two", members: "[user7@example.com, USER8@example.com]", match: "[email]")
        let (service, calls) = try await filled(bindings: bindings)

        #expect(calls == ["person/infos": 1])
        let read = service.members.filter { $0.phone != nil }.map(\.id)
        #expect(read == [1, 2, 3, 4, 5, 7, 8])
    }
}
