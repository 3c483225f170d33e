import Foundation
import MusterLive
import Testing

/// The Flashduty adapter's reads and writes against the sandbox's emulator.
@Suite struct FlashdutyAdapterTests {
    @Test func readsEveryMemberPastTheFirstPageAndTheirFullPhonesInBatches() async throws {
        try await FlashdutyHarness.run { harness in
            let members = try await harness.adapter.members()
            #expect(members.count == 50 + FlashdutyHarness.extraMembers)
            #expect(Set(members.map(\.memberId)).count == members.count)
            #expect(harness.count("member/list") == 3)

            let persons = try await harness.adapter.persons(ids: members.map(\.memberId))
            #expect(persons.count == members.count)
            #expect(harness.count("person/infos") == 3)
            let masked = members.first { $0.memberId == 1001 }?.phone ?? ""
            let full = persons.first { $0.personId == 1001 }?.phone ?? ""
            #expect(masked.contains("*") && !full.contains("*") && !full.isEmpty)
        }
    }

    @Test func readsTeamsChannelsAndWarRoomIntegrations() async throws {
        try await FlashdutyHarness.run { harness in
            let teams = try await harness.adapter.teams()
            #expect(teams.map(\.teamName) == ["SRE", "Payments", "Platform"])
            #expect(teams.first?.personIds == [1001, 1003, 1004, 1005])
            let channels = try await harness.adapter.channels()
            #expect(channels.map(\.channelId) == [4001, 4002, 4003])
            let integrations = try await harness.adapter.warRoomIntegrations()
            #expect(integrations.map(\.integrationId) == [5001])
            #expect(integrations.first?.pluginType == "slack")
        }
    }

    @Test func createsGrantsRevokesDisablesAndDeletesARole() async throws {
        try await FlashdutyHarness.run { harness in
            let adapter = harness.adapter
            let permission = try #require(try await adapter.permissions().first)
            let role = try await adapter.upsertRole(
                name: "Incident commander", permissionIDs: [permission.id])
            try await adapter.grantRole(role, to: [1005, 1006])
            var granted = try await adapter.members().filter {
                $0.accountRoleIds?.contains(role) == true
            }
            #expect(granted.map(\.memberId) == [1005, 1006])

            _ = try await adapter.upsertRole(
                id: role, name: "Commander", permissionIDs: [permission.id])
            try await adapter.revokeRole(role, from: [1005, 1006])
            granted = try await adapter.members().filter {
                $0.accountRoleIds?.contains(role) == true
            }
            #expect(granted.isEmpty)

            try await adapter.disableRole(role)
            #expect(try await adapter.roles().first { $0.roleId == role }?.status == "disabled")
            try await adapter.enableRole(role)
            #expect(try await adapter.roles().first { $0.roleId == role }?.roleName == "Commander")
            try await adapter.deleteRole(role)
            #expect(try await adapter.roles().contains { $0.roleId == role } == false)
        }
    }

    @Test func linksMembersToTheirIMAccountsOnlyOnce() async throws {
        try await FlashdutyHarness.run { harness in
            let linked = try await harness.adapter.tryLink(integrationID: 5001)
            #expect(!linked.isEmpty)
            #expect(linked.contains(1001))
            #expect(try await harness.adapter.tryLink(integrationID: 5001).isEmpty)
        }
    }

    @Test func pagesIncidentsByCursorAndSplitsRangesLongerThan31Days() async throws {
        try await FlashdutyHarness.run { harness in
            let now = harness.now
            let recent = try await harness.adapter.incidents(start: now - 10_000, end: now)
            #expect(recent.count == FlashdutyHarness.recentIncidents + 2)
            #expect(harness.count("incident/list") == 2)

            let all = try await harness.adapter.incidents(start: now - 70 * 86_400, end: now)
            #expect(all.count == FlashdutyHarness.recentIncidents + 4)
            #expect(Set(all.map(\.incidentId)).count == all.count)
            #expect(all.contains { $0.title == "Old outage" })

            let open = try await harness.adapter.incidents(
                start: now - 86_400 * 2, end: now,
                filter: FlashdutyIncidentFilter(progress: ["Triggered"], severities: ["Critical"]))
            #expect(open.map(\.title) == ["Checkout latency above SLO"])
            let one = try await harness.adapter.incident(id: try #require(open.first).incidentId)
            #expect(one.responders?.map(\.personId) == [1003, 1004])
        }
    }

    @Test func runsAWarRoomFromCreateToDeleteWithItsFeed() async throws {
        try await FlashdutyHarness.run { harness in
            let adapter = harness.adapter
            _ = try await adapter.tryLink(integrationID: 5001)
            let incident = try await Self.checkoutIncident(adapter, now: harness.now)

            let room = try await adapter.createWarRoom(
                incident: incident, integration: 5001, members: [1006])
            #expect(!room.chatId.isEmpty)
            let rooms = try await adapter.warRooms(of: incident)
            #expect(rooms.map(\.chatId) == [room.chatId])
            #expect(rooms.first?.isActive == true)
            let detail = try await adapter.warRoomDetail(integration: 5001, chatID: room.chatId)
            #expect(detail.chatName == room.chatName)
            try await adapter.addWarRoomMembers([1007], integration: 5001, chatID: room.chatId)
            try await adapter.comment("war room open", on: incident)
            _ = try await adapter.defaultObservers(of: incident)

            try await adapter.deleteWarRoom(incident: incident, integration: 5001)
            #expect(try await adapter.warRooms(of: incident).first?.isActive == false)
            let types = try await adapter.feed(of: incident).map(\.type)
            #expect(types.first == "i_new")
            #expect(types.contains("i_comm"))
            let create = try #require(types.firstIndex(of: "i_wr_create"))
            let delete = try #require(types.firstIndex(of: "i_wr_delete"))
            #expect(create < delete)
        }
    }

    static func checkoutIncident(_ adapter: FlashdutyAdapter, now: Int) async throws -> String {
        let incidents = try await adapter.incidents(
            start: now - 86_400, end: now, filter: FlashdutyIncidentFilter(channelIDs: [4001]))
        return try #require(incidents.first).incidentId
    }
}
