import MusterDiagnostics
import MusterModel

/// The room a policy wants for one incident.
struct WantedRoom {
    let incident: ObservedIncident
    let policy: WarRoomPolicy
    let integration: Integration
    let spec: WarRoomSpec
    /// Why this policy, when several matched.
    let choice: String
}

extension PlanWork {
    /// The war-room stage: a room for every open incident a policy matches, kept as the
    /// policy says, and dissolved once its incident has been closed long enough.
    mutating func planRooms() {
        guard !desired.policies.isEmpty || !state.rooms.isEmpty else { return }
        var names = RoomNames(state: state)
        var unreachable: [String: [String]] = [:]
        let incidents = observed.incidents.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        for incident in incidents {
            if let wanted = wantedRoom(for: incident, names: &names, unreachable: &unreachable) {
                planRoom(wanted)
            } else if let managed = state.rooms[incident.id] {
                planUnwantedRoom(incident, managed: managed)
            }
        }
        let seen = Set(observed.incidents.map(\.id))
        for (incidentID, managed) in state.rooms where !seen.contains(incidentID) {
            forgetRoom(incidentID, managed, reason: "its incident is no longer in the service")
        }
        reportUnreachable(unreachable)
    }

    private mutating func wantedRoom(
        for incident: ObservedIncident, names: inout RoomNames,
        unreachable: inout [String: [String]]
    ) -> WantedRoom? {
        guard incident.isOpen else { return nil }
        let matching = desired.policies.filter { PolicyMatch.matches($0, incident) }
            .sorted { ($1.priority, $0.name) < ($0.priority, $1.name) }
        guard let policy = matching.first,
            let integration = desired.integration(named: policy.integration.value)
        else { return nil }
        let choice =
            matching.count > 1
            ? "; policy '\(policy.name)' (priority \(policy.priority)) wins over "
                + matching.dropFirst().map { "'\($0.name)' (\($0.priority))" }.joined(
                    separator: ", ")
            : ""
        let spec = roomSpec(
            incident, policy, integration, names: &names, unreachable: &unreachable)
        return WantedRoom(
            incident: incident, policy: policy, integration: integration, spec: spec,
            choice: choice)
    }

    private mutating func planRoom(_ wanted: WantedRoom) {
        let incident = wanted.incident
        let live = liveRoom(incident.id, wanted.integration.integrationId)
        guard let managed = state.rooms[incident.id] else {
            planNewRoom(wanted, live: live)
            return
        }
        guard let live, live.chatID == managed.chatID, live.isActive, live.existsOnPlatform else {
            planDissolvedRoom(wanted, managed: managed)
            return
        }
        maintain(wanted, live: live)
    }

    private mutating func planNewRoom(_ wanted: WantedRoom, live: ObservedWarRoom?) {
        let address = ResourceAddress("war_room", wanted.incident.id)
        let summary = Self.describe(wanted.incident)
        if let live, live.isActive {
            guard options.adopt else {
                diagnostics.append(
                    Diagnostic(
                        .note, code: "war-room-unmanaged",
                        "incident \(summary) already has a \(wanted.integration.platform.displayName) "
                            + "war room (\(live.chatID)) that Muster did not create; it is left alone",
                        at: wanted.policy.metadata.location,
                        notes: ["run with --adopt to manage it"]))
                return
            }
            let change = Change(
                address: address, action: .adopt, before: roomValue(live),
                after: value(wanted.spec),
                reason: "adopting the existing war room of incident \(summary)",
                location: wanted.policy.metadata.location,
                operation: .adoptWarRoom(wanted.spec, chatID: live.chatID))
            add(change, to: .rooms, observed: "room=\(live.chatID)")
            return
        }
        let isTargeted = options.targets.contains { address.isWithin($0) }
        guard wanted.policy.lifecycle.createsAutomatically || isTargeted else {
            let change = Change(
                address: address, action: .manual, before: nil, after: value(wanted.spec),
                reason: "incident \(summary) matches policy '\(wanted.policy.name)', which "
                    + "creates rooms on request" + wanted.choice,
                location: wanted.policy.metadata.location, operation: nil,
                instructions: "Create it with: muster apply --target '\(address)'")
            add(change, to: .rooms, observed: "room=none")
            return
        }
        let change = Change(
            address: address, action: .create, before: nil, after: value(wanted.spec),
            reason: "incident \(summary) matches policy '\(wanted.policy.name)'" + wanted.choice,
            location: wanted.policy.metadata.location, operation: .createWarRoom(wanted.spec))
        add(change, to: .rooms, observed: "room=none")
    }

    /// A managed room whose chat is gone while its incident is open.
    private mutating func planDissolvedRoom(
        _ wanted: WantedRoom, managed: OwnershipState.ManagedRoom
    ) {
        let platform = wanted.integration.platform.displayName
        let summary = Self.describe(wanted.incident)
        guard wanted.policy.lifecycle.recreatesWhenDissolved else {
            warning(
                "war-room-dissolved",
                "the war room '\(managed.name)' of incident \(summary) was dissolved on "
                    + "\(platform) while the incident is open; policy '\(wanted.policy.name)' "
                    + "does not recreate it",
                at: wanted.policy.metadata.location,
                notes: ["set lifecycle.recreate: true to have Muster open it again"])
            return
        }
        let change = Change(
            address: ResourceAddress("war_room", wanted.incident.id), action: .replace,
            before: .object(["chat": .string(managed.chatID), "name": .string(managed.name)]),
            after: value(wanted.spec),
            reason: "the war room was dissolved on \(platform) while incident \(summary) is open",
            location: wanted.policy.metadata.location,
            operation: .recreateWarRoom(wanted.spec, oldChatID: managed.chatID))
        add(change, to: .rooms, observed: "room=\(managed.chatID) exists=false")
    }

    /// A managed room whose incident no policy wants a room for: closed, or changed.
    private mutating func planUnwantedRoom(
        _ incident: ObservedIncident, managed: OwnershipState.ManagedRoom
    ) {
        guard let integration = desired.integration(named: managed.integration) else {
            forgetRoom(incident.id, managed, reason: "its integration is no longer configured")
            return
        }
        let live = liveRoom(incident.id, integration.integrationId)
        guard let live, live.isActive, live.chatID == managed.chatID else {
            forgetRoom(incident.id, managed, reason: "the room is gone from the service")
            return
        }
        guard !incident.isOpen, let closedAt = incident.closedAt else { return }
        let policy = desired.policies.first { $0.name == managed.policy }
        guard let delay = policy?.lifecycle.dissolveAfter else { return }
        guard Double(closedAt) + Double(delay.seconds) <= options.now else { return }
        let change = Change(
            address: ResourceAddress("war_room", incident.id), action: .delete,
            before: roomValue(live), after: nil,
            reason: "incident \(Self.describe(incident)) has been closed for longer than "
                + "\(delay) (policy '\(managed.policy)')",
            location: policy?.metadata.location,
            operation: .dissolveWarRoom(
                incidentID: incident.id, integrationID: integration.integrationId,
                chatID: managed.chatID, integration: integration.name))
        add(change, to: .rooms, observed: "room=\(managed.chatID) closed=\(closedAt)")
    }

    private mutating func forgetRoom(
        _ incidentID: String, _ managed: OwnershipState.ManagedRoom, reason: String
    ) {
        let change = Change(
            address: ResourceAddress("war_room", incidentID), action: .forget,
            before: .object(["chat": .string(managed.chatID), "name": .string(managed.name)]),
            after: nil, reason: reason, location: nil,
            operation: .forgetWarRoom(incidentID: incidentID))
        add(change, to: .forgets, observed: "room=\(managed.chatID)")
    }

    mutating func liveRoom(_ incidentID: String, _ integrationID: Int64) -> ObservedWarRoom? {
        let rooms = (roomsByIncident[incidentID] ?? []).filter {
            $0.integrationID == integrationID
        }
        return rooms.first { $0.isActive } ?? rooms.first
    }

    static func describe(_ incident: ObservedIncident) -> String {
        "#\(incident.num) (\(incident.severity)\(incident.channelName.isEmpty ? "" : ", \(incident.channelName)"))"
    }

    func value(_ spec: WarRoomSpec) -> PlanValue {
        var fields: [String: PlanValue] = [
            "name": .string(spec.name), "policy": .string(spec.policy),
            "members": .strings(spec.accounts.sorted()),
        ]
        if let topic = spec.topic { fields["topic"] = .string(topic) }
        return .object(fields)
    }

    func roomValue(_ room: ObservedWarRoom) -> PlanValue {
        var fields: [String: PlanValue] = ["chat": .string(room.chatID)]
        if let name = room.name { fields["name"] = .string(name) }
        if let topic = room.topic { fields["topic"] = .string(topic) }
        if let members = room.memberAccounts { fields["members"] = .strings(members.sorted()) }
        return .object(fields)
    }
}

/// Whether a policy's filter matches an incident.
package enum PolicyMatch {
    package static func matches(_ policy: WarRoomPolicy, _ incident: ObservedIncident) -> Bool {
        let filter = policy.filter
        if !filter.severities.isEmpty,
            !filter.severities.contains(where: { $0.rawValue == incident.severity })
        {
            return false
        }
        if !filter.channels.isEmpty {
            let names = Set(filter.channels.map { $0.value.lowercased() })
            let id = incident.channelID.map(String.init) ?? ""
            guard names.contains(incident.channelName.lowercased()) || names.contains(id) else {
                return false
            }
        }
        for (key, value) in filter.labels where incident.labels[key] != value { return false }
        return filter.includesSnoozed || !incident.isSnoozed
    }
}

/// Room names in use per integration, so that two incidents never get the same one.
struct RoomNames {
    private var used: [String: Set<String>] = [:]

    init(state: OwnershipState) {
        for room in state.rooms.values { used[room.integration, default: []].insert(room.name) }
    }

    /// The name for an incident's room: the rendered one, or with `-<num>` (then `-2`, `-3`…)
    /// when another incident's room has it. A managed room keeps the name it was given.
    mutating func claim(
        _ rendered: String, rule: RoomNameRule, integration: String, num: String,
        keeping current: String?
    ) -> String {
        let base = rule.conformed(rendered)
        if let current, current == base || current.hasPrefix(base + "-\(num)") {
            return current
        }
        if let current { used[integration]?.remove(current) }
        var candidate = base
        var attempt = 1
        while used[integration, default: []].contains(candidate) {
            let suffix = attempt == 1 ? "-\(num)" : "-\(num)-\(attempt)"
            candidate = rule.conformed(rendered, suffix: suffix)
            attempt += 1
        }
        used[integration, default: []].insert(candidate)
        return candidate
    }
}
