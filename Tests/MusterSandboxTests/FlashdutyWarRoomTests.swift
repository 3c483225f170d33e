import Foundation
import MusterSandbox
import Testing

@Suite struct FlashdutyWarRoomTests {
    @Test func createsTheWarRoomAsASlackChannelAndArchivesItOnDelete() async throws {
        try await withFlashduty { server, flashduty, slack in
            _ = try await flashduty.call("/datasource/im/person/try-link", ["integration_id": 5001])
            let created = try await flashduty.call(
                "/incident/create",
                [
                    "incident_severity": "Critical", "title": "Checkout down",
                    "assigned_to": ["person_ids": [1003, 1007]],
                ])
            let incident = created.data["incident_id"] as? String ?? ""
            let room = try await flashduty.call(
                "/incident/war-room/create",
                ["incident_id": incident, "integration_id": 5001, "member_ids": [1004, 1014]])
            let chat = room.data["chat_id"] as? String ?? ""
            #expect(room.code == nil)
            #expect((room.data["share_link"] as? String)?.hasSuffix(chat) == true)

            // The Slack emulator really holds the channel, with the linked members only: 1007
            // and 1014 have unverified emails.
            let members = try await slack.call("conversations.members", ["channel": chat])
            #expect(
                members["members"] as? [String] == [
                    "U0SANDBOXBOT", "U00000001", "U00000003", "U00000004",
                ])
            #expect(
                try await flashduty.call(
                    "/incident/war-room/add-member",
                    ["integration_id": 5001, "chat_id": chat, "member_ids": [1005]]
                ).code == nil)
            _ = try await flashduty.call(
                "/incident/responder/add", ["incident_id": incident, "person_ids": [1006]])
            let channel = server.store.snapshot.slack.channels.first { $0.id == chat }
            #expect(channel?.members.suffix(2) == ["U00000005", "U00000006"])

            let listed = try await flashduty.call(
                "/incident/war-room/list", ["incident_id": incident])
            #expect(listed.items.first?["chat_id"] as? String == chat)
            let detail = try await flashduty.call(
                "/incident/war-room/detail", ["integration_id": 5001, "chat_id": chat])
            #expect(detail.data["chat_name"] as? String == channel?.name)
            #expect(
                try await flashduty.call(
                    "/incident/war-room/delete", ["incident_id": incident, "integration_id": 5001]
                ).code == nil)
            let info = try await slack.call("conversations.info", ["channel": chat])
            #expect((info["channel"] as? [String: Any])?["is_archived"] as? Bool == true)

            let feed = try await flashduty.call(
                "/incident/feed",
                ["incident_id": incident, "types": ["i_wr_create", "i_wr_delete"], "asc": true])
            #expect(
                feed.items.compactMap { $0["type"] as? String } == ["i_wr_create", "i_wr_delete"])
            let detailFields = feed.items.first?["detail"] as? [String: Any] ?? [:]
            #expect(detailFields["chat_id"] as? String == chat)
            #expect(detailFields["plugin_type"] as? String == "slack")
        }
    }

    @Test func refusesASecondWarRoomForTheSameIncidentAndIntegration() async throws {
        try await withFlashduty { _, flashduty, _ in
            let created = try await flashduty.call(
                "/incident/create", ["incident_severity": "Info", "title": "twice"])
            let incident = created.data["incident_id"] as? String ?? ""
            let body: [String: Any] = ["incident_id": incident, "integration_id": 5001]
            #expect(try await flashduty.call("/incident/war-room/create", body).code == nil)
            #expect(
                try await flashduty.call("/incident/war-room/create", body).code
                    == "InvalidParameter")
            let unknown = try await flashduty.call(
                "/incident/war-room/create", ["incident_id": incident, "integration_id": 9])
            #expect(unknown.code == "ResourceNotFound")
        }
    }
}
