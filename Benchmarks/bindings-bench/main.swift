import Foundation
import MusterConfig
import MusterDiagnostics
import MusterEngine
import MusterModel
import MusterPlan
import MusterSandbox

// Plans one `members: all` user binding per platform over a generated organisation, and prints
// the requests beside the fewest the platforms' page and batch sizes allow, the plan's time
// beside the time of merely reading the live state, and the peak memory.
//
// Usage: swift run -c release bindings-bench [MEMBERS] [RUNS]
//        (defaults 10,000 members on slack, feishu, dingtalk and wecom, median of 1 run)
//
// Both phases go through `LiveRun`, as `muster plan` does: "read" is `observe()` alone, "plan"
// is `plan(options:state:journal:)`, the read followed by the planner, each on a fresh run (new
// connections, a new client-side rate limiter at the published limits). The sandbox's own
// limits are off, so its linear scans and Muster's own limiter are what the read waits on.

let usage = "usage: bindings-bench [MEMBERS] [RUNS]"
let numbers = CommandLine.arguments.dropFirst().map { Int($0) }
guard numbers.count <= 2, numbers.allSatisfy({ ($0 ?? 0) > 0 }) else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(1)
}
let memberCount = numbers.first.flatMap { $0 } ?? 10_000
let runs = numbers.dropFirst().first.flatMap { $0 } ?? 1
let platforms: [SeedPlatform] = [.slack, .feishu, .dingtalk, .wecom]

/// The seed with every sandbox rate limit off.
func makeSeed() -> SandboxSeed {
    let options = SandboxSeedGenerator.Options(members: memberCount, platforms: platforms)
    var seed = SandboxSeedGenerator(options: options).makeSeed()
    var slackLimits = SlackRateLimits()
    slackLimits.isEnabled = false
    seed.slack?.rateLimits = slackLimits
    seed.feishu?.rateLimits = FeishuRateLimits(isEnabled: false)
    seed.dingtalk?.queriesPerSecond = 0
    seed.wecom?.callsPerMinute = 0
    seed.flashduty?.rateLimits = FlashdutyRateLimits(isEnabled: false)
    return seed
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

func progress(_ message: String) {
    FileHandle.standardError.write(Data("bindings-bench: \(message)\n".utf8))
}

/// Loads the written configuration, or stops with its diagnostics.
func loadConfiguration(_ directory: String) -> Configuration {
    let result = ConfigurationLoader().load(paths: [directory])
    guard let configuration = result.configuration else {
        let renderer = DiagnosticRenderer(style: .plain) { result.sources.line($1, of: $0) }
        FileHandle.standardError.write(Data(renderer.render(result.diagnostics).utf8))
        fail("the generated configuration is not valid")
    }
    return configuration
}

// The organisation and the configuration.
let seed = makeSeed()
print(
    "bindings-bench: \(memberCount) members on \(platforms.map(\.rawValue).joined(separator: ", "))"
        + "; one members: all binding each; median of \(runs) run(s)")
let server = try SandboxServer(options: .init(seed: seed))
defer { server.stop() }
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bindings-bench")
    .path
try BindingConfiguration.write(to: directory, seed: seed, platforms: platforms)
let configuration = loadConfiguration(directory)
let access = LiveAccess.sandbox(
    server, credentials: SandboxCredentials(seed: seed), for: configuration)
let state = OwnershipState(lineage: "bindings-bench")
let options = PlanOptions(rates: LiveRun.publishedRates)

// The two phases, in turns, each on a fresh run.
var readRequests: [String: [String: Int]] = [:]
var planRequests: [String: [String: Int]] = [:]
var planned: PlannedRun?
let phases: [() async throws -> Void] = [
    {
        let run = LiveRun(configuration: configuration, access: access)
        _ = try await run.observe()
        readRequests = run.connections.log.counters
        progress("read done")
    },
    {
        let run = LiveRun(configuration: configuration, access: access)
        planned = try await run.plan(options: options, state: state, journal: [])
        planRequests = run.connections.log.counters
        progress("plan done")
    },
]
let medians = try await Timing.medians(rounds: runs, phases)
guard let planned else { fail("no plan was made") }
let plannerSeconds = Timing.median(rounds: max(3, runs)) {
    _ = Planner(options: options).plan(
        desired: configuration, observed: planned.observed, state: planned.state)
}

let integrations = Dictionary(
    uniqueKeysWithValues: platforms.map { ("\($0.rawValue)-bench", $0) })
let report = BindingReport(
    planned: planned, seed: seed, integrations: integrations, readRequests: readRequests,
    planRequests: planRequests,
    readSeconds: medians[0], planSeconds: medians[1], plannerSeconds: plannerSeconds)
report.lines.forEach { print($0) }
