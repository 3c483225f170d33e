import Foundation
import MusterEngine

// Times one reconcile pass over a thousand open incidents that a policy wants Slack rooms for,
// beside the time of merely listing those incidents, and a second pass with nothing to do.
//
// Usage: swift run -c release reconcile-bench [INCIDENTS] [RUNS]
//        (defaults 1,000 incidents, median of 3 runs, each on a fresh sandbox)
//
// The passes are `Reconciler.pass`, as `muster reconcile --once` runs one: read the incidents
// and their rooms, plan, apply the war-room changes under the state lock. The list is
// `FlashdutyAdapter.incidents(start:end:)` over the reader's 31-day window. The sandbox's own
// rate limits are off, and Muster's client-side limiter runs on a simulated clock, so the
// times are the work alone; the limiter's waits at the published limits are printed apart.

let usage = "usage: reconcile-bench [INCIDENTS] [RUNS]"
let numbers = CommandLine.arguments.dropFirst().map { Int($0) }
guard numbers.count <= 2, numbers.allSatisfy({ ($0 ?? 0) > 0 }) else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(1)
}
let incidentCount = numbers.first.flatMap { $0 } ?? 1_000
let runs = numbers.dropFirst().first.flatMap { $0 } ?? 3

let scenario = RoomScenario(incidents: incidentCount)
let directory = NSTemporaryDirectory() + "reconcile-bench-config-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: directory) }
let configuration = try scenario.loadConfiguration(in: directory)
print(
    "reconcile-bench: \(incidentCount) open Critical incidents, one policy, rooms on Slack "
        + "(demo organisation, sandbox limits off); median of \(runs) run(s)")

var outcomes: [[BenchRun.Phase: BenchRun.Outcome]] = []
for _ in 0..<runs {
    outcomes.append(try await BenchRun(scenario: scenario, configuration: configuration).run())
}
BenchReport(outcomes: outcomes, incidents: incidentCount).lines.forEach { print($0) }
