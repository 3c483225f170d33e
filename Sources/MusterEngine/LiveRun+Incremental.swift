import MusterPlan

extension LiveRun {
    /// Reads only the incidents and rooms again, keeping the rest of an earlier observation:
    /// the controller's cheap pass between full ones.
    ///
    /// - Parameters:
    ///   - earlier: The last full observation; its members, apps and identities are reused.
    ///   - since: Read only incidents changed since then, plus every managed room's incident.
    package func observeIncidents(
        after earlier: ObservedState, state: OwnershipState, since: Double
    ) async throws(EngineError) -> (ObservedState, readCalls: [String: Int]) {
        let before = connections.requestCounts
        var observed = earlier
        do {
            let rooms = try await IncidentReader(connections: connections).read(
                for: configuration, state: state, now: now(), since: since)
            observed.incidents = rooms.incidents
            observed.warRooms = rooms.warRooms
        } catch {
            throw .read(String(describing: error))
        }
        return (observed, connections.requestCounts(since: before))
    }
}
