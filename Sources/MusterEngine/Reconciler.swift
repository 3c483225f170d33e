import Foundation
import MusterPlan
import Synchronization

/// What one pass of the controller did.
package struct ReconcilePass: Sendable {
    package var number: Int
    package var incidents: Int
    package var applied: Int
    package var failed: Int
    /// Why the pass could not run, when it could not (an outage, a held lock).
    package var error: String?
    package var seconds: Double
}

/// The controller behind `muster reconcile`: level-triggered passes that plan and apply the
/// war-room changes of the policies, then sleep.
///
/// Each pass reads the live side, plans, keeps only the war-room changes (grants and bindings
/// are `apply`'s business), and applies them under the state lock, which it holds only while
/// applying. Every `fullPassEvery`-th pass, the first, and any pass after one that failed or
/// left a change unapplied read everything; the passes between reuse its members and
/// identities and read only the incidents changed since the previous pass began (with a
/// minute's margin for clock skew) plus every incident with a managed room, so a quiet
/// organisation costs a handful of calls a pass. A pass that fails (an outage, the lock held by
/// an apply) is logged, never fatal: the next pass waits twice as long, up to ten times the
/// interval, and a good pass resets the wait. A stop request ends the loop after the change in
/// flight.
///
/// Rooms are independent of each other, so a change that fails holds up only the other
/// changes of its own incident: the pass goes on with the next incident's, and the next pass
/// tries the failed one again. Only `failureLimit` failures in a row, which say the platform
/// itself is unwell rather than one room, end the pass early; it then counts as failed, so
/// the next one backs off.
package final class Reconciler: Sendable {
    /// Changes failing one after another that end a pass.
    package static let failureLimit = 5

    package let run: LiveRun
    package let workspace: Workspace
    package let options: PlanOptions
    /// Seconds between passes.
    package let interval: Double
    /// One line per action and per pass.
    package let log: @Sendable (String) -> Void
    package let shouldStop: @Sendable () -> Bool
    private let sleep: @Sendable (Double) async -> Void
    /// How often a pass reads everything instead of what changed.
    package let fullPassEvery: Int
    /// The last full observation and when its pass began; nil forces a full read.
    private let memory = Mutex<(observed: ObservedState, started: Double)?>(nil)

    package init(
        run: LiveRun, workspace: Workspace, options: PlanOptions, interval: Double,
        log: @escaping @Sendable (String) -> Void,
        shouldStop: @escaping @Sendable () -> Bool = { false },
        sleep: @escaping @Sendable (Double) async -> Void = Reconciler.sleep,
        fullPassEvery: Int = 10
    ) {
        precondition(interval > 0, "a reconcile interval must be positive")
        precondition(fullPassEvery >= 1, "every pass, or every Nth, must read everything")
        self.fullPassEvery = fullPassEvery
        self.run = run
        self.workspace = workspace
        self.options = options
        self.interval = interval
        self.log = log
        self.shouldStop = shouldStop
        self.sleep = sleep
    }

    /// Passes until asked to stop, or `passes` of them; returns the last.
    @discardableResult
    package func loop(passes: Int? = nil) async -> ReconcilePass? {
        var last: ReconcilePass?
        var wait = interval
        var number = 0
        while !shouldStop(), passes.map({ number < $0 }) ?? true {
            number += 1
            let pass = await self.pass(number)
            last = pass
            wait = pass.error == nil ? interval : min(wait * 2, interval * 10)
            log(Self.heartbeat(pass, next: wait))
            guard !shouldStop(), passes.map({ number < $0 }) ?? true else { break }
            await waitOrStop(wait)
        }
        return last
    }

    /// One pass: read, plan, apply the war-room changes.
    package func pass(_ number: Int) async -> ReconcilePass {
        let started = Date()
        var pass = ReconcilePass(number: number, incidents: 0, applied: 0, failed: 0, seconds: 0)
        do throws(EngineError) {
            let lease = try workspace.lock(command: "muster reconcile")
            defer { lease.release() }
            let state = try workspace.loadState()
            let journal = try workspace.journaledWrites()
            var options = options
            options.now = run.now()
            let planned = try await plan(number, options: options, state: state, journal: journal)
            pass.incidents = planned.observed.incidents.filter(\.isOpen).count
            var recovered = planned.state
            if !journal.isEmpty {
                try workspace.saveState(&recovered)
                try workspace.clearJournal()
            }
            let rooms = planned.plan.changes.filter {
                $0.address.type == "war_room" && $0.operation != nil
            }
            guard !rooms.isEmpty else {
                pass.seconds = Date().timeIntervalSince(started)
                return pass
            }
            let (report, stopped) = try await apply(rooms, state: recovered)
            pass.applied = report.appliedCount
            pass.failed = report.results.count - report.appliedCount
            pass.error = stopped
            // What did not apply is retried from a full read, so nothing waits for a change.
            if pass.failed > 0 { memory.withLock { $0 = nil } }
        } catch {
            pass.error = error.description
            memory.withLock { $0 = nil }
        }
        pass.seconds = Date().timeIntervalSince(started)
        return pass
    }

    /// Reads (everything, or what changed since the last pass) and plans.
    private func plan(
        _ number: Int, options: PlanOptions, state: OwnershipState, journal: [JournaledWrite]
    ) async throws(EngineError) -> PlannedRun {
        let started = options.now
        let earlier = memory.withLock { $0 }
        let observation: (ObservedState, readCalls: [String: Int])
        if let earlier, (number - 1) % fullPassEvery != 0 {
            observation = try await run.observeIncidents(
                after: earlier.observed, state: state, since: earlier.started - 60)
        } else {
            observation = try await run.observe(state: state)
        }
        memory.withLock { $0 = (observation.0, started) }
        return run.plan(
            observed: observation.0, readCalls: observation.readCalls, options: options,
            state: state, journal: journal)
    }

    /// Applies the changes one at a time, going past a failure to the next incident's.
    ///
    /// - Returns: What became of each change, and why the pass stopped early, if it did.
    private func apply(
        _ changes: [Change], state: OwnershipState
    ) async throws(EngineError) -> (ApplyReport, stopped: String?) {
        let journal = try workspace.beginJournal(planID: UUID().uuidString.lowercased())
        let log = self.log
        let applier = Applier(
            connections: run.connections, journal: journal, shouldStop: shouldStop
        ) { change, result in
            log("reconcile: " + Self.line(change, result))
        }
        var progress = PassProgress(state: state)
        for change in changes {
            if let why = progress.reasonToSkip(change, interrupted: shouldStop()) {
                progress.skip(change, because: why)
                log("reconcile: " + Self.line(change, .notAttempted(why)))
                continue
            }
            progress.record(change, await applier.apply([change], state: progress.report.state))
        }
        try workspace.saveState(&progress.report.state)
        if progress.report.isComplete { try workspace.clearJournal() }
        return (progress.report, progress.stopped)
    }

    private func waitOrStop(_ seconds: Double) async {
        var left = seconds
        while left > 0, !shouldStop() {
            let step = min(left, 0.5)
            await sleep(step)
            left -= step
        }
    }

    static func line(_ change: Change, _ result: ChangeResult) -> String {
        switch result {
        case .applied(let detail): return "\(change.address): \(detail)"
        case .failed(let message): return "\(change.address): failed: \(message)"
        case .notAttempted(let why): return "\(change.address): not attempted (\(why))"
        }
    }

    static func heartbeat(_ pass: ReconcilePass, next: Double) -> String {
        let took = String(format: "%.1f", pass.seconds)
        guard let error = pass.error else {
            return "reconcile: pass \(pass.number): \(pass.incidents) open incident(s), "
                + "\(pass.applied) change(s) applied, \(pass.failed) failed, in \(took) s; "
                + "next in \(Int(next)) s"
        }
        return "reconcile: pass \(pass.number) failed after \(took) s: \(error); "
            + "retrying in \(Int(next)) s"
    }

    /// Sleeps, ending early when the task is cancelled.
    @Sendable package static func sleep(_ seconds: Double) async {
        try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1e9))
    }
}

/// One pass's apply so far: what became of each change, which incidents had a change fail,
/// and whether failures in a row have ended the pass.
private struct PassProgress {
    var report: ApplyReport
    private(set) var stopped: String?
    private var failedIncidents: Set<String> = []
    private var failuresInARow = 0

    init(state: OwnershipState) {
        report = ApplyReport(results: [], state: state)
    }

    /// Why a change is left for the next pass, if it is: the pass stopped, a stop was asked
    /// for, or an earlier change of its incident failed.
    func reasonToSkip(_ change: Change, interrupted: Bool) -> String? {
        if stopped != nil { return "the pass stopped early" }
        if interrupted { return "interrupted" }
        return failedIncidents.contains(Self.incident(of: change))
            ? "an earlier change of its incident failed" : nil
    }

    mutating func skip(_ change: Change, because reason: String) {
        report.results.append((change, .notAttempted(reason)))
    }

    /// Takes in the outcome of one change applied alone.
    mutating func record(_ change: Change, _ outcome: ApplyReport) {
        report.state = outcome.state
        report.results += outcome.results
        let failed = outcome.results.contains {
            if case .failed = $0.result { true } else { false }
        }
        guard failed else {
            failuresInARow = 0
            return
        }
        failedIncidents.insert(Self.incident(of: change))
        failuresInARow += 1
        if failuresInARow >= Reconciler.failureLimit {
            stopped = "\(failuresInARow) changes failed in a row, the last \(change.address)"
        }
    }

    /// The incident a war-room change is about: its address's first key.
    private static func incident(of change: Change) -> String {
        change.address.keys.first ?? ""
    }
}
