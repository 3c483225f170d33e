import MusterDiagnostics
import MusterModel

extension PlanWork {
    /// The marker a managed room's topic ends with.
    static let roomMarker = " · managed by Muster"

    /// The room a policy wants for an incident: its name, topic, members and notes.
    mutating func roomSpec(
        _ incident: ObservedIncident, _ policy: WarRoomPolicy, _ integration: Integration,
        names: inout RoomNames, unreachable: inout [String: [String]]
    ) -> WarRoomSpec {
        let context = TemplateContext(
            values: [
                "incident.num": incident.num, "incident.id": incident.id,
                "incident.title": incident.title, "incident.severity": incident.severity,
                "incident.channel": incident.channelName, "policy.name": policy.name,
            ],
            labels: incident.labels)
        let platform = integration.platform
        let name = names.claim(
            policy.room.name.value.render(context), rule: RoomNameRule.of(platform),
            integration: integration.name, num: incident.num,
            keeping: state.rooms[incident.id]?.name)
        let hasTopic = [.slack, .feishu, .lark].contains(platform)
        let memberIDs = roomMembers(incident, policy)
        let accounts = memberIDs.compactMap { memberID -> String? in
            let account = account(of: memberID, on: integration.name)
            if account == nil {
                let who = index.membersByID[memberID]?.email ?? String(memberID)
                unreachable["\(integration.name)\u{0}\(who)", default: []].append(incident.num)
            }
            return account
        }
        return WarRoomSpec(
            incidentID: incident.id, incidentNum: incident.num, integration: integration.name,
            integrationID: integration.integrationId, platform: platform.rawValue,
            policy: policy.name, name: name,
            topic: hasTopic ? policy.room.topic.render(context) + Self.roomMarker : nil,
            announcement: policy.room.announcement?.render(context), memberIDs: memberIDs,
            accounts: Array(Set(accounts)).sorted(),
            comment: "Muster opened war room '\(name)' on \(platform.displayName) "
                + "(policy '\(policy.name)').")
    }

    /// The service members a room should hold: responders, observers, teams and extras.
    private func roomMembers(_ incident: ObservedIncident, _ policy: WarRoomPolicy) -> [Int] {
        var members: [Int] = []
        if policy.members.responders { members += incident.responderIDs }
        if policy.members.observers { members += incident.observerIDs }
        for team in policy.members.teams {
            members += index.teamsByName[team.value.lowercased()]?.memberIDs ?? []
        }
        for email in policy.members.extra {
            if let member = index.membersByEmail[email.value.lowercased()] {
                members.append(member.id)
            }
        }
        var seen: Set<Int> = []
        return members.filter { index.membersByID[$0] != nil && seen.insert($0).inserted }
    }

    /// The IM account a member resolved to on an integration, through the bindings.
    private func account(of memberID: Int, on integration: String) -> String? {
        if let link = state.link(integration: integration, memberID: memberID) {
            return link.accountID
        }
        return accounts[integration]?[memberID]
    }

    /// Keeps a live managed room as its policy says: name, topic, and members.
    mutating func maintain(_ wanted: WantedRoom, live: ObservedWarRoom) {
        let spec = wanted.spec
        let lifecycle = wanted.policy.lifecycle
        var operations: [ChangeOperation] = []
        var reasons: [String] = []
        if let name = live.name, name != spec.name, lifecycle.restoresWhenRenamed {
            operations.append(
                .renameWarRoom(
                    incidentID: spec.incidentID, integration: spec.integration,
                    chatID: live.chatID, name: spec.name, platform: spec.platform))
            reasons.append("renamed to '\(name)' outside Muster")
        }
        if let topic = spec.topic, let current = live.topic, current != topic {
            operations.append(
                .setWarRoomTopic(
                    incidentID: spec.incidentID, integration: spec.integration,
                    chatID: live.chatID, topic: topic, platform: spec.platform))
            reasons.append("its topic differs")
        }
        if let present = live.memberAccounts.map(Set.init) {
            planMembership(
                wanted, live: live, present: present, operations: &operations,
                reasons: &reasons)
        }
        for (offset, operation) in operations.enumerated() {
            let change = Change(
                address: ResourceAddress(
                    "war_room", keys: [spec.incidentID, Self.aspect(of: operation)]),
                action: .update, before: roomValue(live), after: value(spec),
                reason: "the war room of incident \(Self.describe(wanted.incident)) "
                    + reasons[offset],
                location: wanted.policy.metadata.location, operation: operation)
            add(change, to: .rooms, observed: Self.fingerprint(live))
        }
    }

    private func planMembership(
        _ wanted: WantedRoom, live: ObservedWarRoom, present: Set<String>,
        operations: inout [ChangeOperation], reasons: inout [String]
    ) {
        let spec = wanted.spec
        let lifecycle = wanted.policy.lifecycle
        let missing = spec.accounts.filter { !present.contains($0) }
        if !missing.isEmpty, lifecycle.invitesNewResponders {
            operations.append(
                .inviteToWarRoom(
                    incidentID: spec.incidentID, integration: spec.integration,
                    chatID: live.chatID, accounts: missing, platform: spec.platform))
            reasons.append("lacks \(missing.count) member(s): \(missing.joined(separator: ", "))")
        }
        guard lifecycle.removesDepartedMembers else { return }
        let known = Set(
            resolutions.filter { $0.integration == spec.integration }
                .compactMap { $0.account?.id })
        let departed = present.filter { known.contains($0) && !spec.accounts.contains($0) }.sorted()
        guard !departed.isEmpty else { return }
        operations.append(
            .removeFromWarRoom(
                incidentID: spec.incidentID, integration: spec.integration, chatID: live.chatID,
                accounts: departed, platform: spec.platform))
        reasons.append("holds \(departed.count) member(s) the policy no longer wants")
    }

    static func aspect(of operation: ChangeOperation) -> String {
        switch operation {
        case .renameWarRoom: return "name"
        case .setWarRoomTopic: return "topic"
        case .inviteToWarRoom: return "invite"
        case .removeFromWarRoom: return "remove"
        default: return "room"
        }
    }

    static func fingerprint(_ room: ObservedWarRoom) -> String {
        let members = (room.memberAccounts ?? []).sorted().joined(separator: ",")
        return "room=\(room.chatID) name=\(room.name ?? "?") members=\(members)"
    }

    /// One warning per member who cannot be invited on a platform, naming their incidents.
    mutating func reportUnreachable(_ unreachable: [String: [String]]) {
        for (key, incidents) in unreachable.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "\u{0}").map(String.init)
            guard parts.count == 2, let integration = desired.integration(named: parts[0]) else {
                continue
            }
            let nums =
                incidents.prefix(5).map { "#\($0)" }.joined(separator: ", ")
                + (incidents.count > 5 ? " and \(incidents.count - 5) more" : "")
            warning(
                "war-room-member-unresolved",
                "\(parts[1]) belongs in the war room of incident \(nums) but has no "
                    + "\(integration.platform.displayName) account Muster can resolve, so "
                    + "only the service's own link can invite them",
                at: integration.metadata.location,
                notes: ["add them to a UserBinding on '\(integration.name)', or an override"])
        }
    }

    /// Flags binding and grant changes that touch a responder of an open incident with a
    /// room, and holds them back with `--respect-incidents`.
    mutating func guardOpenIncidents() {
        var responders: [Int: String] = [:]
        for incident in observed.incidents where incident.isOpen && state.rooms[incident.id] != nil
        {
            for id in incident.responderIDs { responders[id] = responders[id] ?? incident.num }
        }
        guard !responders.isEmpty else { return }
        for stage in [Stage.revocations, .forgets] {
            changes[stage] = (changes[stage] ?? []).filter { change in
                guard let member = Self.member(of: change), let num = responders[member] else {
                    return true
                }
                let held = options.respectIncidents
                diagnostics.append(
                    Diagnostic(
                        held ? .note : .warning, code: "incident-freeze",
                        "\(change.address) affects a responder of open incident #\(num), which "
                            + "has a war room" + (held ? "; held back until it closes" : ""),
                        at: change.location,
                        notes: held ? [] : ["pass --respect-incidents to hold it back"]))
                return !held
            }
        }
    }

    private static func member(of change: Change) -> Int? {
        switch change.operation {
        case .revokeRole(_, _, let memberID, _), .forgetLink(_, let memberID): return memberID
        default: return nil
        }
    }
}
