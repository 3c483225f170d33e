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
        let after = connections.requestCounts
        let reads = after.reduce(into: [String: Int]()) { reads, entry in
            reads[entry.key] = entry.value - (before[entry.key] ?? 0)
        }
        return (observed, reads)
    }

    /// Plans from an observation already made, folding in an interrupted apply's journal.
    package func plan(
        observed: ObservedState, readCalls: [String: Int], options: PlanOptions,
        state: OwnershipState, journal: [JournaledWrite]
    ) -> PlannedRun {
        let recovered = JournalRecovery.recover(journal, into: state, observed: observed)
        var options = options
        options.readCalls = readCalls
        if options.now == 0 { options.now = now() }
        let plan = Planner(options: options).plan(
            desired: configuration, observed: observed, state: recovered.state)
        return PlannedRun(
            plan: plan, observed: observed, state: recovered.state,
            recoveryNotes: recovered.notes)
    }
}
