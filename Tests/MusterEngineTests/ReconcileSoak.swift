import Foundation
import MusterHTTP
import MusterSandbox
import Synchronization

/// What happens between the controller's passes in the soak: incidents open and close, the
/// virtual clock moves on, and a new round of faults is armed.
///
/// It is the controller's `sleep`, so the loop never waits in real time: the first sleep
/// after each heartbeat runs one round, and the rest return at once.
final class ReconcileSoak: Sendable {
    /// Minutes the virtual clock moves on between passes.
    static let minutesPerRound = 10
    /// War-room creates each round fails, by a dropped connection or a 500.
    static let createFaultsPerRound = 2

    let harness: WarRoomHarness
    private let lines = Mutex<[String]>([])
    private let rounds = Mutex(0)
    private let failures = Mutex<[String]>([])
    private let injected = Mutex(0)

    init(_ harness: WarRoomHarness) {
        self.harness = harness
    }

    /// Every line the controller logged.
    var log: [String] { lines.withLock { $0 } }
    /// Admin calls that failed while driving the sandbox; none is expected.
    var errors: [String] { failures.withLock { $0 } }
    /// Requests the fault rules armed so far may hit, all rules together.
    var faultsArmed: Int { injected.withLock { $0 } }

    var logger: @Sendable (String) -> Void {
        { [self] line in self.lines.withLock { $0.append(line) } }
    }

    var sleeper: @Sendable (Double) async -> Void {
        { [self] _ in await self.betweenPasses() }
    }

    /// Runs the next round once per heartbeat logged.
    private func betweenPasses() async {
        let heartbeats = log.filter { $0.hasPrefix("reconcile: pass ") }.count
        let round = rounds.withLock { done -> Int? in
            guard done < heartbeats else { return nil }
            done += 1
            return done
        }
        guard let round else { return }
        do {
            try await churn(round)
            try await arm(round)
            try await harness.advance(Self.minutesPerRound * 60)
        } catch {
            failures.withLock { $0.append("round \(round): \(error)") }
        }
    }

    /// Closes about one open incident in nine, and opens 25 more, 15 of them Critical.
    private func churn(_ round: Int) async throws {
        let open = harness.sandbox.server.store.read { world in
            world.flashduty.incidents.filter { $0.progress != "Closed" }.map(\.id).sorted()
        }
        for (index, incident) in open.enumerated() where index % 9 == round % 9 {
            try await harness.sandbox.admin("flashduty/incident/close", ["incident_id": incident])
        }
        for number in 1...25 {
            _ = try await harness.sandbox.openIncident(
                "Checkout outage \(round) \(number)",
                severity: number <= 15 ? "Critical" : number % 2 == 0 ? "Warning" : "Info",
                responders: ReconcileSoakTests.responders(round * 25 + number))
        }
    }

    /// One round of faults on the service and on Slack: 429 bursts, 5xx, latency and dropped
    /// connections, each for a few requests.
    func arm(_ round: Int) async throws {
        let create = round % 2 == 0 ? "dropConnection" : "serverError"
        let rules: [[String: Any]] = [
            fault("flashduty", "incident/list", "serverError", count: 1, ["status": 503]),
            fault("flashduty", "incident/war-room/list", "rateLimited", count: 3),
            fault("flashduty", "incident/list-by-ids", "rateLimited", count: 2),
            fault(
                "flashduty", "incident/war-room/create", create, count: Self.createFaultsPerRound),
            fault("flashduty", "incident/war-room/delete", "serverError", count: 1),
            fault("flashduty", "incident/comment", "latency", count: 10, ["milliseconds": 20]),
            fault("flashduty", nil, "latency", count: 40, ["milliseconds": 5]),
            fault("slack", "conversations.info", "dropConnection", count: 2),
            fault("slack", "conversations.info", "latency", count: 20, ["milliseconds": 10]),
            fault("slack", "conversations.members", "rateLimited", count: 3),
            fault("slack", "conversations.setTopic", "serverError", count: 2),
            fault("slack", "conversations.invite", "rateLimited", count: 2),
            fault("slack", "conversations.invite", "serverError", count: 1, ["status": 502]),
            fault("slack", "chat.postMessage", "dropConnection", count: 1),
        ]
        for rule in rules { try await harness.sandbox.admin("faults", rule) }
        let budget = rules.reduce(0) { $0 + ($1["count"] as? Int ?? 0) }
        injected.withLock { $0 += budget }
    }

    /// Removes every fault rule, through the admin API.
    func disarm() async throws {
        let url = (harness.sandbox.server.endpoint("admin")?.url ?? "") + "faults"
        let response = try await HTTPClient().send(HTTPClientRequest(method: "DELETE", url: url))
        guard response.status == 200 else {
            throw SoakError.admin("DELETE faults answered \(response.status)")
        }
    }

    /// Requests the armed rules have not yet hit.
    var faultsLeft: Int {
        harness.sandbox.server.store.read { world in
            world.faults.rules.reduce(0) { $0 + ($1.count ?? 0) }
        }
    }

    private func fault(
        _ service: String, _ method: String?, _ kind: String, count: Int,
        _ extra: [String: Any] = [:]
    ) -> [String: Any] {
        var rule: [String: Any] = ["service": service, "kind": kind, "count": count]
        if let method { rule["method"] = method }
        return rule.merging(extra) { _, new in new }
    }

    enum SoakError: Error { case admin(String) }
}
