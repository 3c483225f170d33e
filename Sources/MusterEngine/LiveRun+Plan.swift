import MusterPlan

/// A plan together with what it was made from.
package struct PlannedRun: Sendable {
    package let plan: Plan
    package let observed: ObservedState
    /// The ownership state the plan was made against, with an interrupted apply's journal
    /// folded in.
    package let state: OwnershipState
    /// What journal recovery settled, one line per write that was in flight.
    package let recoveryNotes: [String]
}

extension LiveRun {
    /// Reads the live side, folds in an interrupted apply's journal, and plans.
    package func plan(
        options: PlanOptions, state: OwnershipState, journal: [JournaledWrite]
    ) async throws(EngineError) -> PlannedRun {
        let (observed, readCalls) = try await observe(state: state)
        return plan(
            observed: observed, readCalls: readCalls, options: options, state: state,
            journal: journal)
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
