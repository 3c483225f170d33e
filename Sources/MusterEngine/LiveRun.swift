import Foundation
import MusterLive
import MusterModel
import MusterPlan

/// What a plan or an apply needs to reach the live side.
package struct RunSettings: Sendable {
    /// The configuration's paths, as the user gave them.
    package var paths: [String]
    /// Run against the embedded sandbox instead of the configured endpoints.
    package var useSandbox: Bool
    /// Where Muster keeps its files (`.muster`).
    package var workDirectory: String
    package var environment: [String: String]
    /// Where each request's log line goes with `--verbose`.
    package var verbose: (@Sendable (String) -> Void)?

    package init(
        paths: [String], useSandbox: Bool, workDirectory: String,
        environment: [String: String], verbose: (@Sendable (String) -> Void)? = nil
    ) {
        self.paths = paths
        self.useSandbox = useSandbox
        self.workDirectory = workDirectory
        self.environment = environment
        self.verbose = verbose
    }
}

/// One run's connection to the live side: the adapters, and the embedded sandbox when asked.
package final class LiveRun: Sendable {
    package let configuration: Configuration
    package let sandbox: EmbeddedSandbox?
    package let connections: LiveConnections
    /// The live side's clock, in Unix seconds: the embedded sandbox's virtual clock, or the
    /// system's. Dissolve delays are measured on it.
    package let now: @Sendable () -> Double

    /// Resolves secrets (or starts the sandbox) and makes the adapters.
    package init(configuration: Configuration, settings: RunSettings) throws(EngineError) {
        self.configuration = configuration
        let access: LiveAccess
        if settings.useSandbox {
            let sandbox = try EmbeddedSandbox(
                configurationPaths: settings.paths,
                stateDirectory: settings.workDirectory + "/sandbox")
            access = sandbox.access(for: configuration)
            self.sandbox = sandbox
            let store = sandbox.server.store
            now = { store.read { $0.clock.now } }
        } else {
            do {
                access = try LiveAccess.make(for: configuration, environment: settings.environment)
            } catch {
                throw .secret(error.message, at: error.location)
            }
            sandbox = nil
            now = { Date().timeIntervalSince1970 }
        }
        connections = LiveConnections(access: access, verbose: settings.verbose)
    }

    /// Reaches the live side through given access, with a given clock (tests, benchmarks).
    ///
    /// - Parameters:
    ///   - now: The live side's clock, which dissolve delays are measured on.
    ///   - pacing: How the calls wait for their rate limits and retries.
    package init(
        configuration: Configuration, access: LiveAccess,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 },
        verbose: (@Sendable (String) -> Void)? = nil, pacing: CallPacing = .published
    ) {
        self.configuration = configuration
        self.sandbox = nil
        self.now = now
        connections = LiveConnections(access: access, verbose: verbose, pacing: pacing)
    }

    /// Stops the embedded sandbox, saving its state.
    package func close() {
        sandbox?.stop()
    }

    /// Reads the live side, and how many calls that took per platform.
    ///
    /// - Parameters:
    ///   - state: What Muster manages, so that every managed room's incident is read.
    ///   - since: Read only incidents changed since then (the controller's later passes).
    package func observe(
        state: OwnershipState = OwnershipState(lineage: ""), since: Double? = nil
    ) async throws(EngineError) -> (ObservedState, readCalls: [String: Int]) {
        let before = connections.requestCounts
        do {
            var observed = try await LiveReader(connections: connections).read(for: configuration)
            if !configuration.policies.isEmpty || !state.rooms.isEmpty {
                let rooms = try await IncidentReader(connections: connections).read(
                    for: configuration, state: state, now: now(), since: since)
                observed.incidents = rooms.incidents
                observed.warRooms = rooms.warRooms
            }
            return (observed, connections.requestCounts(since: before))
        } catch {
            throw .read(String(describing: error))
        }
    }

    /// The published rates the plan's cost estimate uses.
    package static var publishedRates: [String: CallRate] {
        let key = BucketKey(platform: "flashduty", tenant: "account", family: "api")
        let limit = RateLimits.published(key)
        return ["flashduty": CallRate(burst: limit.burst, perSecond: limit.perSecond)]
    }
}
