import Foundation
import MusterEngine
import MusterModel
import MusterPlan
import MusterState

/// One run of `muster apply`, from the lock to the convergence check.
struct ApplySession {
    let support: LiveCommandSupport
    let arguments: ParsedArguments
    let io: CommandIO
    let options: PlanOptions
    let settings: RunSettings

    private var isJSON: Bool { arguments.value("--output") == "json" }

    func run(
        _ configuration: Configuration, saved: PlanFile?
    ) async throws(EngineError)
        -> ExitCode
    {
        let workspace = Workspace(directory: settings.workDirectory)
        let lease = try workspace.lock(command: "muster apply")
        defer { lease.release() }
        let live = try LiveRun(configuration: configuration, settings: settings)
        defer { live.close() }

        let planned = try await resume(workspace, live)
        support.write(planned.plan.diagnostics)
        if planned.plan.hasErrors { return .failure }
        if planned.plan.isBlocked {
            io.writeOut(textRenderer.render(planned.plan))
            return .blocked
        }
        let (changes, refused) = select(planned.plan, saved: saved)
        guard !changes.isEmpty || !refused.isEmpty else {
            if !isJSON { io.writeOut(textRenderer.render(planned.plan)) }
            writeReport(nil, refused: [], converged: planned.plan.hasAutomaticChanges == false)
            return .success
        }
        if saved == nil {
            if !isJSON { io.writeOut(textRenderer.render(planned.plan)) }
            guard confirm() else { return .failure }
        }
        let report = try await apply(changes, state: planned.state, workspace, live)
        let converged = try await checkConvergence(live, report.state, refused: refused)
        writeReport(report, refused: refused, converged: converged)
        return exitCode(report, refused: refused, converged: converged)
    }

    /// Folds an interrupted apply's journal into the saved state, then plans.
    private func resume(
        _ workspace: Workspace, _ live: LiveRun
    ) async throws(EngineError)
        -> PlannedRun
    {
        let journal = try workspace.journaledWrites()
        let planned = try await live.plan(
            options: options, state: try workspace.loadState(), journal: journal)
        guard !journal.isEmpty else { return planned }
        let done = journal.filter {
            if case .succeeded = $0.status { true } else { false }
        }.count
        support.note(
            "resuming an interrupted apply: \(done) of its \(journal.count) write(s) had "
                + "succeeded and are not repeated")
        for line in planned.recoveryNotes { support.note(line) }
        var state = planned.state
        try workspace.saveState(&state)
        try workspace.clearJournal()
        return planned
    }

    /// The changes to carry out: the saved plan's, minus those whose objects moved.
    private func select(
        _ plan: Plan, saved: PlanFile?
    ) -> ([Change], [SavedPlanReview.Refusal]) {
        guard let saved else { return (plan.changes.filter { $0.operation != nil }, []) }
        let review = SavedPlanReview.review(saved: saved.plan, fresh: plan)
        for refusal in review.refused {
            io.writeError(
                "\(io.errorStyle(noColor: support.noColor).red("error:")) refusing "
                    + "\(refusal.change.address): \(refusal.reason)\n")
        }
        return (review.kept, review.refused)
    }

    /// Asks on a terminal; elsewhere `--auto-approve` is the answer.
    private func confirm() -> Bool {
        if arguments.has("--auto-approve") { return true }
        guard io.isInputTerminal else {
            io.writeError(
                "error: apply needs --auto-approve, or a plan saved with `muster plan --out`, "
                    + "when standard input is not a terminal\n")
            return false
        }
        io.writeOut("\nDo you want to perform these actions? Only 'yes' is accepted: ")
        guard io.readLine()?.trimmingCharacters(in: .whitespaces) == "yes" else {
            io.writeOut("Apply cancelled; nothing was changed.\n")
            return false
        }
        return true
    }

    private func apply(
        _ changes: [Change], state: OwnershipState, _ workspace: Workspace, _ live: LiveRun
    ) async throws(EngineError) -> ApplyReport {
        let journal = try workspace.beginJournal(planID: UUID().uuidString.lowercased())
        let quiet = isJSON
        let stop = StopSignal {
            io.writeError("Stopping after the change in flight; the journal keeps the rest.\n")
        }
        defer { stop.restore() }
        let applier = Applier(
            connections: live.connections, journal: journal, shouldStop: { stop.isRaised }
        ) { change, result in
            guard !quiet else { return }
            io.writeOut(ApplyLines.progress(change, result))
        }
        var report = await applier.apply(changes, state: state)
        try workspace.saveState(&report.state)
        if report.isComplete { try workspace.clearJournal() }
        return report
    }

    /// Plans again; only automatic changes count, since manual steps wait for a person.
    private func checkConvergence(
        _ live: LiveRun, _ state: OwnershipState, refused: [SavedPlanReview.Refusal]
    ) async throws(EngineError) -> Bool {
        let again = try await live.plan(options: options, state: state, journal: [])
        let left = again.plan.changes.filter { $0.operation != nil }
        guard !left.isEmpty else { return true }
        if refused.isEmpty {
            io.writeError(
                "error: not converged: planning again still finds \(left.count) change(s), "
                    + "starting with \(left[0].address). This is a bug in Muster; please "
                    + "report it with the plan.\n")
        }
        return false
    }

    private func writeReport(
        _ report: ApplyReport?, refused: [SavedPlanReview.Refusal], converged: Bool
    ) {
        if isJSON {
            io.writeOut(ApplyLines.json(report, refused: refused, converged: converged))
        } else if let report {
            io.writeOut(ApplyLines.summary(report, refused: refused, converged: converged))
        }
    }

    private func exitCode(
        _ report: ApplyReport, refused: [SavedPlanReview.Refusal], converged: Bool
    ) -> ExitCode {
        if report.isComplete && refused.isEmpty { return converged ? .success : .failure }
        return report.appliedCount > 0 ? .partlyApplied : .failure
    }

    private var textRenderer: PlanTextRenderer {
        PlanTextRenderer(style: io.outStyle(noColor: support.noColor))
    }
}
