import Foundation
import MusterEngine
import MusterLive
import MusterModel
import MusterPlan
import MusterSandbox

/// One run of the benchmark on a fresh sandbox: the members linked (not timed), then the
/// incidents listed, then two reconcile passes, the first opening every room and the second
/// finding nothing to do.
///
/// Every phase keeps to the platforms' published rate limits on a simulated clock
/// (`CallPacing.simulated`), so the wall time is Muster's and the sandbox's own work, and the
/// clock says how long the client-side limiter would have held the calls back against the
/// real platforms.
struct BenchRun {
    /// What is timed, in the order it runs.
    enum Phase: String, CaseIterable {
        case list = "list"
        case create = "pass 1 (create)"
        case steady = "pass 2 (steady)"
    }

    /// What one phase did.
    struct Outcome {
        var seconds: Double
        /// Requests Muster sent, by platform and method.
        var requests: [String: [String: Int]]
        /// Seconds the client-side limiter and the retries would have waited.
        var waited: Double
        /// The process's peak resident memory once the phase was over, in MB.
        var peakMegabytes: Double
        /// What the pass reported; nil for the list.
        var pass: ReconcilePass?
    }

    /// Seconds between the two passes, as `muster reconcile --watch` waits by default.
    static let interval = 30.0

    let scenario: RoomScenario
    let configuration: Configuration

    func run() async throws -> [Phase: Outcome] {
        let seed = scenario.makeSeed()
        let server = try SandboxServer(options: .init(seed: seed))
        defer { server.stop() }
        let workspace = Workspace(
            directory: NSTemporaryDirectory() + "reconcile-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: workspace.directory) }
        let access = LiveAccess.sandbox(
            server, credentials: SandboxCredentials(seed: seed), for: configuration)
        let store = server.store
        let now: @Sendable () -> Double = { store.read { $0.clock.now } }
        try await link(access, now: now, workspace)

        var outcomes: [Phase: Outcome] = [:]
        outcomes[.list] = try await list(access, now: now())
        let clock = SimulatedClock()
        let live = LiveRun(
            configuration: configuration, access: access, now: now, pacing: .simulated(clock))
        let reconciler = Reconciler(
            run: live, workspace: workspace, options: PlanOptions(rates: LiveRun.publishedRates),
            interval: Self.interval, log: { _ in })
        outcomes[.create] = try await pass(1, reconciler, live, clock)
        try await clock.sleep(Self.interval)
        outcomes[.steady] = try await pass(2, reconciler, live, clock)
        return outcomes
    }

    /// Lists the window's incidents, as `IncidentReader` starts by doing, and nothing more.
    private func list(_ access: LiveAccess, now: Double) async throws -> Outcome {
        let clock = SimulatedClock()
        let connections = LiveConnections(access: access, pacing: .simulated(clock))
        let end = Int(now)
        let started = DispatchTime.now().uptimeNanoseconds
        let incidents = try await connections.service.incidents(
            start: end - FlashdutyAdapter.incidentWindow, end: end)
        let seconds = Self.seconds(since: started)
        guard incidents.count >= scenario.incidents else {
            throw BenchError.unexpected("listed \(incidents.count) of \(scenario.incidents)")
        }
        return Outcome(
            seconds: seconds, requests: connections.log.counters, waited: clock.totalSlept,
            peakMegabytes: PeakMemory.megabytes)
    }

    /// One reconcile pass, which must apply without a failure.
    private func pass(
        _ number: Int, _ reconciler: Reconciler, _ live: LiveRun, _ clock: SimulatedClock
    ) async throws -> Outcome {
        let before = live.connections.log.counters
        let waited = clock.totalSlept
        let started = DispatchTime.now().uptimeNanoseconds
        let pass = await reconciler.pass(number)
        let seconds = Self.seconds(since: started)
        guard pass.error == nil, pass.failed == 0 else {
            throw BenchError.unexpected(
                "pass \(number): \(pass.error ?? "\(pass.failed) change(s) failed")")
        }
        return Outcome(
            seconds: seconds, requests: Self.difference(live.connections.log.counters, before),
            waited: clock.totalSlept - waited, peakMegabytes: PeakMemory.megabytes, pass: pass)
    }

    /// Links every member the binding resolves, as `muster apply` would first.
    private func link(
        _ access: LiveAccess, now: @escaping @Sendable () -> Double, _ workspace: Workspace
    ) async throws {
        let live = LiveRun(
            configuration: configuration, access: access, now: now,
            pacing: .simulated(SimulatedClock()))
        let lease = try workspace.lock(command: "reconcile-bench")
        defer { lease.release() }
        let planned = try await live.plan(
            options: PlanOptions(), state: try workspace.loadState(), journal: [])
        let links = planned.plan.changes.filter {
            $0.address.type == "member_link" && $0.operation != nil
        }
        let journal = try workspace.beginJournal(planID: "reconcile-bench")
        var report = await Applier(connections: live.connections, journal: journal).apply(
            links, state: planned.state)
        guard report.isComplete else { throw BenchError.unexpected("the links did not apply") }
        try workspace.saveState(&report.state)
        try workspace.clearJournal()
    }

    private static func difference(
        _ after: [String: [String: Int]], _ before: [String: [String: Int]]
    ) -> [String: [String: Int]] {
        var result: [String: [String: Int]] = [:]
        for (platform, methods) in after {
            for (method, count) in methods where count > before[platform]?[method] ?? 0 {
                result[platform, default: [:]][method] = count - (before[platform]?[method] ?? 0)
            }
        }
        return result
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    enum BenchError: Error { case unexpected(String) }
}

/// The peak resident memory of this process.
enum PeakMemory {
    /// In MB: `ru_maxrss`, which Linux counts in KiB.
    static var megabytes: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
