import MusterLive
import MusterModel
import MusterPlan

/// Reads the incidents war-room policies look at, and their war rooms as the service lists
/// them and their IM platforms show them.
///
/// The incidents read are:
/// - every open one (`Triggered`, `Processing`) that started within `lookback` of `now`: 31
///   days by default, which is one `/incident/list` window, the longest the API takes; the
///   list is narrowed on the service to open progress and, when every policy names
///   severities, to those;
/// - every one with a room in the state, by id (`/incident/list-by-ids`, 100 a call), however
///   old and whatever its progress.
///
/// Closed incidents are seen through the state alone. Only a managed room is ever dissolved,
/// so the closed incidents a plan needs are exactly the managed ones, and listing the
/// incidents closed within the longest `dissolve.after` would mean reading every closed
/// incident that *started* in that time plus the lookback, as the list filters on start time
/// only.
///
/// For each open incident a policy matches, and each managed one, the service's war rooms are
/// listed (one `/incident/war-room/list` each, as the API has no batch). Rooms on integrations
/// that neither a policy nor the managed room names are left out; of the rest, each active or
/// managed one's chat is read through the integration's app (see ``WarRoomChatReader``),
/// members included while the incident is open.
/// Observers (`/incident/war-room/default-observers`, one call an incident) are read only
/// for incidents whose winning policy invites them. Incidents are read eight at a time.
package struct IncidentReader: Sendable {
    /// One `/incident/list` window.
    package static let defaultLookback = FlashdutyAdapter.incidentWindow
    /// Incidents whose observers and rooms are read at once.
    static let width = 8

    package let connections: LiveConnections
    /// How long before `now` an open incident may have started and still be read, in
    /// seconds; an older one is seen only when it has a managed room.
    package let lookback: Int

    package init(connections: LiveConnections, lookback: Int = IncidentReader.defaultLookback) {
        precondition(lookback > 0, "the incident lookback is at least a second")
        self.connections = connections
        self.lookback = lookback
    }

    /// The incidents and war rooms the configuration's policies and the state's rooms need.
    ///
    /// - Parameters:
    ///   - now: The service's time, in Unix seconds (the sandbox's virtual clock under
    ///     `--sandbox`): the end of the window, and what a snooze is compared with.
    ///   - since: For the controller: read only incidents changed at or after this time
    ///     (Unix seconds), and those with a managed room. The API filters neither on update
    ///     time nor on labels, so the window is still listed whole and the rest is done here
    ///     from `updated_at`; what `since` saves is every per-incident call.
    /// - Returns: Incidents by start time, then id; rooms by incident, integration and chat.
    /// - Throws: `PlatformError` or `TransportError` when the service or a platform cannot be
    ///   read (an IM app's own refusal is not an error: see ``WarRoomChatReader``).
    package func read(
        for configuration: Configuration, state: OwnershipState, now: Double, since: Double? = nil
    ) async throws -> (incidents: [ObservedIncident], warRooms: [ObservedWarRoom]) {
        guard !configuration.policies.isEmpty || !state.rooms.isEmpty else { return ([], []) }
        var listed = try await listOpen(configuration, now: now)
        if let since {
            listed = listed.filter {
                state.rooms[$0.incidentId] != nil || Self.hasChanged($0, since: since, now: now)
            }
        }
        let managed = try await readManaged(state, besides: Set(listed.map(\.incidentId)))

        let incidents = (listed + managed).map { Self.observed($0, now: now) }
            .sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        let read = try await Self.concurrently(incidents, width: Self.width) { incident in
            try await complete(incident, configuration, managed: state.rooms[incident.id])
        }
        return (read.map(\.incident), read.flatMap(\.rooms).sorted(by: Self.isOrdered))
    }

    /// The open incidents of the lookback, narrowed on the service as far as the policies
    /// allow; none when there are no policies.
    private func listOpen(
        _ configuration: Configuration, now: Double
    ) async throws -> [FlashdutyIncident] {
        guard !configuration.policies.isEmpty else { return [] }
        var filter = FlashdutyIncidentFilter(progress: ["Triggered", "Processing"])
        let severities = configuration.policies.map(\.filter.severities)
        if !severities.contains(where: \.isEmpty) {
            let wanted = Set(severities.joined())
            filter.severities = WarRoomPolicy.Severity.allCases.filter(wanted.contains)
                .map(\.rawValue)
        }
        let end = Int(now)
        return try await connections.service.incidents(
            start: end - lookback, end: end, filter: filter)
    }

    /// The managed incidents not already listed, by id; one the batch call leaves out is
    /// asked for alone, so that a room is never forgotten because of a short answer.
    private func readManaged(
        _ state: OwnershipState, besides listed: Set<String>
    ) async throws -> [FlashdutyIncident] {
        let ids = state.rooms.keys.filter { !listed.contains($0) }.sorted()
        guard !ids.isEmpty else { return [] }
        var found = try await connections.service.incidents(ids: ids)
        let missing = Set(ids).subtracting(found.map(\.incidentId))
        for id in missing.sorted() {
            do {
                found.append(try await connections.service.incident(id: id))
            } catch let error as PlatformError where error.kind == .notFound {
                continue
            }
        }
        return found
    }

    /// One incident's observers (when its policy invites them) and war rooms (when a policy
    /// wants a room or the state has one).
    private func complete(
        _ incident: ObservedIncident, _ configuration: Configuration,
        managed: OwnershipState.ManagedRoom?
    ) async throws -> (incident: ObservedIncident, rooms: [ObservedWarRoom]) {
        var incident = incident
        let policy = Self.policy(for: incident, in: configuration)
        if policy?.members.observers == true {
            incident.observerIDs = try await connections.service.defaultObservers(of: incident.id)
                .map(\.personId)
        }
        guard policy != nil || managed != nil else { return (incident, []) }
        let listed = try await connections.service.warRooms(of: incident.id)
        let rooms = try await observeRooms(
            listed, of: incident, managed: managed, configuration: configuration)
        return (incident, rooms)
    }

    /// The listed rooms on the integrations of the policies and of the managed room, each
    /// active or managed one with its chat read, and the managed room even when the service
    /// no longer lists it.
    private func observeRooms(
        _ listed: [FlashdutyWarRoom], of incident: ObservedIncident,
        managed: OwnershipState.ManagedRoom?, configuration: Configuration
    ) async throws -> [ObservedWarRoom] {
        var names = Set(configuration.policies.map(\.integration.value))
        if let managed { names.insert(managed.integration) }
        let integrations = configuration.integrations.filter { names.contains($0.name) }
        var rooms: [ObservedWarRoom] = []
        for room in listed {
            guard let id = room.integrationId,
                let integration = integrations.first(where: { $0.integrationId == Int64(id) })
            else { continue }
            var observed = ObservedWarRoom(
                incidentID: incident.id, integrationID: integration.integrationId,
                chatID: room.chatId, isActive: room.isActive)
            let isManaged = managed?.chatID == room.chatId
            if room.isActive || isManaged {
                try await fill(&observed, integration: integration.name, open: incident.isOpen)
            }
            rooms.append(observed)
        }
        guard let managed, !rooms.contains(where: { $0.chatID == managed.chatID }),
            let integration = configuration.integration(named: managed.integration)
        else { return rooms }
        var gone = ObservedWarRoom(
            incidentID: incident.id, integrationID: integration.integrationId,
            chatID: managed.chatID, isActive: false)
        try await fill(&gone, integration: integration.name, open: incident.isOpen)
        return rooms + [gone]
    }

    /// A room's IM-side facts, read through the integration's app when there is one.
    private func fill(_ room: inout ObservedWarRoom, integration: String, open: Bool) async throws {
        guard let adapter = connections.apps[integration] else { return }
        let facts = try await WarRoomChatReader(adapter: adapter).read(
            room.chatID, withMembers: open)
        room.existsOnPlatform = facts.exists
        room.name = facts.name
        room.topic = facts.topic
        room.memberAccounts = facts.members
    }
}

extension IncidentReader {
    /// The policy whose room an open incident gets, as the planner chooses it: the highest
    /// priority among those matching, then the first by name.
    static func policy(
        for incident: ObservedIncident, in configuration: Configuration
    ) -> WarRoomPolicy? {
        guard incident.isOpen else { return nil }
        return configuration.policies.filter { PolicyMatch.matches($0, incident) }
            .min { ($1.priority, $0.name) < ($0.priority, $1.name) }
    }

    /// Whether an incident changed at or after `since`: updated, started or closed then, or
    /// its snooze ran out since, which changes what a policy sees with no update to show.
    static func hasChanged(_ incident: FlashdutyIncident, since: Double, now: Double) -> Bool {
        let touched = max(incident.updatedAt ?? 0, incident.startTime, incident.closeTime ?? 0)
        guard Double(touched) < since else { return true }
        let snoozeEnd = Double(incident.snoozedBefore ?? 0)
        return snoozeEnd >= since && snoozeEnd <= now
    }

    /// The incident as policies see it; observers are filled in later, where needed.
    static func observed(_ incident: FlashdutyIncident, now: Double) -> ObservedIncident {
        let closed = incident.closeTime ?? 0
        return ObservedIncident(
            id: incident.incidentId, num: incident.num ?? "", title: incident.title,
            severity: incident.incidentSeverity,
            channelID: incident.channelId.flatMap { $0 == 0 ? nil : $0 },
            channelName: incident.channelName ?? "", labels: incident.labels ?? [:],
            progress: incident.progress,
            isSnoozed: Double(incident.snoozedBefore ?? 0) > now, startedAt: incident.startTime,
            closedAt: closed > 0 ? closed : nil,
            responderIDs: (incident.responders ?? []).map(\.personId))
    }

    /// Rooms by incident, integration and chat.
    static func isOrdered(_ first: ObservedWarRoom, _ second: ObservedWarRoom) -> Bool {
        (first.incidentID, first.integrationID, first.chatID)
            < (second.incidentID, second.integrationID, second.chatID)
    }

    /// `body` over every item, at most `width` at a time, the results in the items' order.
    static func concurrently<Item: Sendable, Result: Sendable>(
        _ items: [Item], width: Int, _ body: @escaping @Sendable (Item) async throws -> Result
    ) async throws -> [Result] {
        try await withThrowingTaskGroup(of: (Int, Result).self) { group in
            var results: [Result?] = Array(repeating: nil, count: items.count)
            var next = 0
            while next < min(width, items.count) {
                let index = next
                group.addTask { (index, try await body(items[index])) }
                next += 1
            }
            while let (index, result) = try await group.next() {
                results[index] = result
                guard next < items.count else { continue }
                let queued = next
                group.addTask { (queued, try await body(items[queued])) }
                next += 1
            }
            return results.compactMap { $0 }
        }
    }
}
