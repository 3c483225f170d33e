import MusterEngine
import MusterLive
import MusterModel
import MusterPlan

/// The two phases being compared, each on a fresh `LiveRun` as `muster plan` makes one: its
/// connections, its client-side rate limiter and its request log are new every time.
struct PlanPhases {
    /// How the run's client-side rate limiter treats the service.
    enum Limits: CaseIterable {
        /// Flashduty's published 1,000 calls a minute with a burst of 50, as `muster plan`
        /// keeps to against the real service.
        case published
        /// No wait at all, so that the read costs only its own work on loopback.
        case lifted
    }

    /// The two phases being compared.
    enum Phase: CaseIterable {
        /// `LiveRun.observe()` and nothing else.
        case read
        /// `LiveRun.plan(options:state:journal:)`: the read, then the planner.
        case plan
    }

    /// One phase under one limit: a column of the benchmark's table.
    struct Key: Hashable {
        let limits: Limits
        let phase: Phase

        /// Every phase under every limit, limits first.
        static let all = Limits.allCases.flatMap { limits in
            Phase.allCases.map { Key(limits: limits, phase: $0) }
        }
    }

    /// What one phase did.
    struct Outcome {
        /// Requests sent, by platform.
        var requests: [String: Int]
        /// The plan, for the plan phase.
        var planned: PlannedRun?
    }

    /// The service's only bucket that makes a read wait (Slack's `auth.test` is a single call).
    static let serviceBucket = BucketKey(platform: "flashduty", tenant: "account", family: "api")

    let configuration: Configuration
    let settings: RunSettings
    let options: PlanOptions
    let state: OwnershipState

    /// Runs one phase on a fresh run.
    func run(_ key: Key) async throws -> Outcome {
        let run = try makeRun(key.limits)
        switch key.phase {
        case .read:
            _ = try await run.observe()
            return Outcome(requests: run.connections.requestCounts)
        case .plan:
            let planned = try await run.plan(options: options, state: state, journal: [])
            return Outcome(requests: run.connections.requestCounts, planned: planned)
        }
    }

    private func makeRun(_ limits: Limits) throws -> LiveRun {
        let run = try LiveRun(configuration: configuration, settings: settings)
        if limits == .lifted {
            // As if the service stated an unlimited rate: the bucket stops waiting.
            run.connections.limiter.bucket(Self.serviceBucket).adjust(ratePerSecond: 1e9)
        }
        return run
    }
}
