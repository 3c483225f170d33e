import Foundation
import MusterEngine
import MusterLive
import MusterModel
import MusterPlan
import MusterSandbox
import Testing

/// The incident reader against the sandbox: which incidents it reads, what it learns of their
/// war rooms on each IM platform, and what that costs in requests.
@Suite struct IncidentReaderTests {
    static let critical = policy("critical", when: "{severity: [Critical]}")
    static let everything = policy("everything", when: "{}")

    static func policy(_ name: String, when filter: String, members: String = "{}") -> String {
        """
        apiVersion: muster.dev/v1
        kind: WarRoomPolicy
        metadata: {name: \(name)}
        spec:
          integration: im
          when: \(filter)
          room: {name: "inc-{{ incident.num }}"}
          members: \(members)
          lifecycle: {dissolve: {after: 24h}}

        """
    }

    static func room(_ chatID: String, name: String = "inc") -> OwnershipState.ManagedRoom {
        OwnershipState.ManagedRoom(
            incidentNum: "1", integration: "im", chatID: chatID, name: name, policy: "critical",
            origin: .created)
    }

    @Test func readsOpenIncidentsWithTheirChannelLabelsSnoozeAndObserversButNotClosedOnes()
        async throws
    {
        let policies =
            Self.policy(
                "checkout", when: "{labels: {service: checkout}}", members: "{observers: true}")
            + "---\n" + Self.policy("quiet", when: "{severity: [Warning], snoozed: exclude}")
        try await IncidentReaderHarness.run(policies: policies) { harness in
            let checkout = harness.incidentID(titled: "Checkout latency above SLO")
            let disk = harness.incidentID(titled: "Disk filling on db-3")
            try await harness.admin(
                "flashduty/incident/responders", ["incident_id": checkout, "responder_ids": [1004]])
            try await harness.flashduty(
                "/incident/snooze", ["incident_ids": [disk], "minutes": 30])
            let evicted = try await harness.openIncident(
                "Pods evicted", severity: "Warning",
                labels: ["k8s_cluster": "prod-eu", "team": "platform"])

            let connections = harness.makeConnections()
            let read = try await IncidentReader(connections: connections).read(
                for: harness.configuration, state: OwnershipState(lineage: "t"), now: harness.now)

            #expect(read.incidents.map(\.id) == [disk, checkout, evicted])
            let seen = Dictionary(uniqueKeysWithValues: read.incidents.map { ($0.id, $0) })
            #expect(seen[checkout]?.labels == ["service": "checkout", "region": "eu-west-1"])
            #expect(seen[checkout]?.channelName == "Checkout")
            #expect(seen[checkout]?.channelID == 4001)
            #expect(seen[checkout]?.responderIDs == [1004])
            #expect(seen[checkout]?.observerIDs == [1003])
            #expect(seen[checkout]?.isSnoozed == false)
            #expect(seen[disk]?.isSnoozed == true)
            #expect(seen[disk]?.progress == "Processing")
            #expect(seen[evicted]?.labels == ["k8s_cluster": "prod-eu", "team": "platform"])
            #expect(read.warRooms.isEmpty)

            // Rooms are listed for the two incidents a policy matches (the snoozed one is
            // left out by `quiet`), observers only for the one whose policy invites them.
            #expect(
                connections.log.counters["flashduty"] == [
                    "/incident/list": 1, "/incident/war-room/list": 2,
                    "/incident/war-room/default-observers": 1,
                ])
        }
    }

    @Test func readsManagedIncidentsByIDHoweverOldAndWhateverTheirProgress() async throws {
        let old = #"{"title": "Old outage", "severity": "Critical", "ageSeconds": 3456000}"#
        try await IncidentReaderHarness.run(
            policies: Self.critical,
            seed: { seed in
                let incident = try? JSONDecoder().decode(
                    FlashdutySeed.Incident.self, from: Data(old.utf8))
                seed.flashduty?.incidents?.append(contentsOf: incident.map { [$0] } ?? [])
            }
        ) { harness in
            let outage = harness.incidentID(titled: "Old outage")
            let nightly = harness.incidentID(titled: "Nightly export late")
            let unknown = "0000000000000000000000aa"
            let state = OwnershipState(
                lineage: "t",
                rooms: [
                    outage: Self.room("C0OUTAGE"), nightly: Self.room("C0NIGHTLY"),
                    unknown: Self.room("C0UNKNOWN"),
                ])

            let connections = harness.makeConnections()
            let read = try await IncidentReader(connections: connections).read(
                for: harness.configuration, state: state, now: harness.now)

            let checkout = harness.incidentID(titled: "Checkout latency above SLO")
            #expect(read.incidents.map(\.id) == [outage, nightly, checkout])
            #expect(read.incidents.first { $0.id == nightly }?.progress == "Closed")
            #expect(read.incidents.first { $0.id == nightly }?.closedAt != nil)
            #expect(
                connections.log.counters["flashduty"] == [
                    "/incident/list": 1, "/incident/list-by-ids": 1, "/incident/info": 1,
                    "/incident/war-room/list": 3,
                ])

            // The service lists no room for either managed incident: each is observed as
            // inactive, and Slack says its channel does not exist.
            let expected = [nightly, outage].sorted().map { id in
                ObservedWarRoom(
                    incidentID: id, integrationID: 5001,
                    chatID: id == outage ? "C0OUTAGE" : "C0NIGHTLY", isActive: false,
                    existsOnPlatform: false)
            }
            #expect(read.warRooms == expected)
            #expect(connections.log.counters["slack"] == ["conversations.info": 2])
        }
    }

    @Test(arguments: RoomPlatform.all)
    func readsAWarRoomTheServiceOpenedBackFromItsIMPlatform(_ target: RoomPlatform) async throws {
        try await IncidentReaderHarness.run(on: target, policies: Self.critical) { harness in
            let setup = harness.makeConnections()
            _ = try await setup.service.tryLink(integrationID: target.integrationID)
            let incident = try await harness.openIncident("Payments down")
            let opened = try await setup.service.createWarRoom(
                incident: incident, integration: target.integrationID)
            let chatID = opened.chatId
            try await setTopic("Payments down · managed by Muster", of: chatID, setup)

            let connections = harness.makeConnections()
            let read = try await IncidentReader(connections: connections).read(
                for: harness.configuration, state: OwnershipState(lineage: "t"), now: harness.now)

            let room = try #require(read.warRooms.first { $0.incidentID == incident })
            let chat = try #require(harness.chat(chatID))
            #expect(room.chatID == chatID)
            #expect(room.integrationID == Int64(target.integrationID))
            #expect(room.isActive && room.existsOnPlatform)
            #expect(room.name == chat.name)
            #expect(room.name?.hasPrefix("inc-") == true)
            #expect(room.topic == (target.hasTopic ? "Payments down · managed by Muster" : nil))
            #expect(room.memberAccounts == chat.members)
            #expect((room.memberAccounts ?? []).count >= 2)

            // One call for the chat and one for its members; WeCom answers both in one.
            let calls = (connections.log.counters[target.platform.rawValue] ?? [:])
                .filter { !$0.key.lowercased().contains("token") }
            #expect(calls == target.chatReads)
        }
    }

    @Test(arguments: RoomPlatform.all)
    func seesARoomRenamedAndOneDissolvedOnTheIMSide(_ target: RoomPlatform) async throws {
        try await IncidentReaderHarness.run(on: target, policies: Self.critical) { harness in
            let setup = harness.makeConnections()
            _ = try await setup.service.tryLink(integrationID: target.integrationID)
            let renamed = try await harness.openIncident("Renamed by hand")
            let dissolved = try await harness.openIncident("Dissolved by hand")
            var state = OwnershipState(lineage: "t")
            for incident in [renamed, dissolved] {
                let opened = try await setup.service.createWarRoom(
                    incident: incident, integration: target.integrationID)
                state.rooms[incident] = Self.room(opened.chatId, name: opened.chatName ?? "")
            }
            let renamedChat = state.rooms[renamed]?.chatID ?? ""
            let dissolvedChat = state.rooms[dissolved]?.chatID ?? ""
            try await harness.admin(
                "\(target.platform.rawValue)/drift", target.rename(renamedChat, to: "hijacked"))
            try await harness.admin(
                "\(target.platform.rawValue)/drift", target.dissolve(dissolvedChat))

            let read = try await IncidentReader(connections: harness.makeConnections()).read(
                for: harness.configuration, state: state, now: harness.now)

            let kept = try #require(read.warRooms.first { $0.chatID == renamedChat })
            #expect(kept.name == "hijacked")
            #expect(kept.isActive && kept.existsOnPlatform)
            let gone = try #require(read.warRooms.first { $0.chatID == dissolvedChat })
            #expect(gone.isActive)
            #expect(!gone.existsOnPlatform)
            #expect(gone.name == nil && gone.memberAccounts == nil)
        }
    }

    @Test func readsOnlyIncidentsChangedSinceButAlwaysTheManagedOnes() async throws {
        try await IncidentReaderHarness.run(policies: Self.everything) { harness in
            let start = harness.now
            let checkout = harness.incidentID(titled: "Checkout latency above SLO")
            let disk = harness.incidentID(titled: "Disk filling on db-3")
            _ = try await harness.openIncident("Stale")
            // A snooze that runs out after `since` changes what a policy sees.
            try await harness.flashduty(
                "/incident/snooze", ["incident_ids": [checkout], "minutes": 10])
            try await harness.admin("clock/advance", ["seconds": 600])
            let fresh = try await harness.openIncident("Fresh")
            let state = OwnershipState(lineage: "t", rooms: [disk: Self.room("C0DISK")])

            let connections = harness.makeConnections()
            let read = try await IncidentReader(connections: connections).read(
                for: harness.configuration, state: state, now: harness.now, since: start + 300)

            #expect(read.incidents.map(\.id) == [disk, checkout, fresh])
            #expect(read.incidents.first { $0.id == checkout }?.isSnoozed == false)
            #expect(connections.log.counters["flashduty"]?["/incident/list"] == 1)
            #expect(connections.log.counters["flashduty"]?["/incident/war-room/list"] == 3)
        }
    }

    @Test(arguments: [false, true])
    func listsOnceAndCallsPerIncidentOnlyWhereTheServiceHasNoBatch(
        observers: Bool
    )
        async throws
    {
        let policy = Self.policy(
            "critical", when: "{severity: [Critical]}", members: "{observers: \(observers)}")
        try await IncidentReaderHarness.run(policies: policy) { harness in
            for number in 1...5 {
                _ = try await harness.openIncident("Outage \(number)")
                _ = try await harness.openIncident("Flap \(number)", severity: "Info")
            }

            let connections = harness.makeConnections()
            let read = try await IncidentReader(connections: connections).read(
                for: harness.configuration, state: OwnershipState(lineage: "t"), now: harness.now)

            // Every policy names its severities, so the service is asked for those alone.
            #expect(read.incidents.count == 6)
            #expect(read.incidents.allSatisfy { $0.severity == "Critical" })
            var expected = ["/incident/list": 1, "/incident/war-room/list": 6]
            if observers { expected["/incident/war-room/default-observers"] = 6 }
            #expect(connections.log.counters["flashduty"] == expected)
        }
    }

    @Test func readsNothingWithoutPoliciesOrManagedRooms() async throws {
        try await IncidentReaderHarness.run(policies: "") { harness in
            let connections = harness.makeConnections()
            let read = try await IncidentReader(connections: connections).read(
                for: harness.configuration, state: OwnershipState(lineage: "t"), now: harness.now)
            #expect(read.incidents.isEmpty && read.warRooms.isEmpty)
            #expect(connections.log.counters.isEmpty)
        }
    }

    /// Sets the topic (Slack) or description (Feishu); the other platforms have neither.
    private func setTopic(
        _ topic: String, of chatID: String, _ connections: LiveConnections
    ) async throws {
        switch connections.apps["im"] {
        case .slack(let slack): try await slack.setTopic(topic, of: chatID)
        case .feishu(let feishu): try await feishu.updateChat(chatID, description: topic)
        default: break
        }
    }
}

extension RoomPlatform {
    /// The calls that read one chat with its members, tokens aside.
    var chatReads: [String: Int] {
        switch platform {
        case .slack: return ["conversations.info": 1, "conversations.members": 1]
        case .feishu, .lark: return ["im.v1.chat.get": 1, "im.v1.chat_members.get": 1]
        case .dingtalk:
            return ["v1.0/im/sceneGroups/query": 1, "v1.0/im/sceneGroups/members/query": 1]
        case .wecom: return ["appchat/get": 1]
        }
    }

    /// The sandbox drift that renames a chat on this platform.
    func rename(_ chat: String, to name: String) -> [String: Any] {
        switch platform {
        case .slack: return ["action": "rename", "channel": chat, "name": name]
        case .dingtalk: return ["action": "rename", "group": chat, "title": name]
        default: return ["action": "rename", "chat": chat, "name": name]
        }
    }

    /// The sandbox drift that does away with a chat on this platform, as far as it can.
    func dissolve(_ chat: String) -> [String: Any] {
        switch platform {
        case .slack: return ["action": "archive", "channel": chat]
        case .dingtalk: return ["action": "disband", "group": chat]
        default: return ["action": "dissolve", "chat": chat]
        }
    }
}
