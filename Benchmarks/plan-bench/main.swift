import Foundation
import MusterConfig
import MusterDiagnostics
import MusterEngine
import MusterModel
import MusterPlan
import MusterSandbox

// Plans role grants against a generated organisation in the sandbox, and prints the plan's
// time beside the time of merely reading the live state, measured in turns in the same run.
//
// Usage: swift run -c release plan-bench [MEMBERS] [GRANTS] [RUNS]
//        (defaults 10,000 members, 2,000 grants, median of 5 runs)
//
// Both phases go through `LiveRun`, as `muster plan` does: "read" is `observe()` alone, "plan"
// is `plan(options:state:journal:)`, the read followed by the planner. Each run starts from a
// fresh `LiveRun`, so from fresh connections and a fresh client-side rate limiter. The pair is
// timed twice: under Flashduty's published rate, which makes a 10,000-member read wait about
// 3.4 s whatever else it does, and with the client-side limit lifted, so that the read costs
// only its own work and the planner's share shows. The sandbox's own limits are off in both.

let usage = "usage: plan-bench [MEMBERS] [GRANTS] [RUNS]"
let numbers = CommandLine.arguments.dropFirst().map { Int($0) }
guard numbers.count <= 3, numbers.allSatisfy({ ($0 ?? 0) > 0 }) else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(1)
}
let memberCount = numbers.first.flatMap { $0 } ?? 10_000
let grantCount = numbers.dropFirst().first.flatMap { $0 } ?? 2_000
let runs = numbers.dropFirst(2).first.flatMap { $0 } ?? 5

/// The seed with every sandbox rate limit off, so that nothing but the work is measured.
func makeSeed() -> SandboxSeed {
    let options = SandboxSeedGenerator.Options(members: memberCount, platforms: [.slack])
    var seed = SandboxSeedGenerator(options: options).makeSeed()
    var slackLimits = SlackRateLimits()
    slackLimits.isEnabled = false
    seed.slack?.rateLimits = slackLimits
    seed.flashduty?.rateLimits = FlashdutyRateLimits(isEnabled: false)
    return seed
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
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

func url(_ service: String, of server: SandboxServer) -> String {
    let url = server.endpoint(service)?.url ?? ""
    return url.hasSuffix("/") ? String(url.dropLast()) : url
}

// The organisation, and the part of the scenario that is already live.
let seed = makeSeed()
guard let flashduty = seed.flashduty,
    let slackIntegration = flashduty.integrations?.first(where: { $0.pluginType == "slack" })
else { fail("the generated seed has no Flashduty account with a Slack integration") }
let scenario = GrantScenario(seed: flashduty, grants: grantCount)
print(
    "plan-bench: \(scenario.grantCount) grants of \(scenario.roles.count) roles over "
        + "\(memberCount) members (flashduty, slack); median of \(runs) runs")
let server = try SandboxServer(options: .init(seed: seed))
defer { server.stop() }
let setup = LiveConnections(
    access: LiveAccess(
        serviceEndpoint: url("flashduty", of: server),
        serviceAppKey: SandboxSeedGenerator.flashdutyAppKey, apps: [:]))
let state = try await scenario.prepare(setup.service)

// The configuration, on disk and loaded as `muster plan` loads it.
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("plan-bench").path
let fileCount = try scenario.writeConfiguration(
    to: directory,
    endpoints: .init(
        service: url("flashduty", of: server), slack: server.endpoint("slack")?.url ?? "",
        slackIntegrationID: slackIntegration.id))
let configuration = loadConfiguration(directory)
print("configuration: \(fileCount) files in \(directory)")

// The two phases under each limit, each on a fresh run that resolves the secrets itself.
let settings = RunSettings(
    paths: [directory], useSandbox: false, workDirectory: directory + "/.muster",
    environment: [
        GrantScenario.appKeyVariable: SandboxSeedGenerator.flashdutyAppKey,
        GrantScenario.botTokenVariable: SandboxSeedGenerator.slackToken,
    ])
let phases = PlanPhases(
    configuration: configuration, settings: settings,
    options: PlanOptions(rates: LiveRun.publishedRates), state: state)
var outcomes: [PlanPhases.Key: PlanPhases.Outcome] = [:]
let medians = try await Timing.medians(
    rounds: runs,
    PlanPhases.Key.all.map { key in { outcomes[key] = try await phases.run(key) } })
guard let planned = outcomes[.init(limits: .lifted, phase: .plan)]?.planned else {
    fail("no plan was made")
}
guard !planned.plan.hasErrors else {
    let renderer = DiagnosticRenderer(style: .plain) { _, _ in nil }
    FileHandle.standardError.write(Data(renderer.render(planned.plan.diagnostics).utf8))
    fail("the plan has errors, so it is not the plan this benchmark means to time")
}
let plannerSeconds = Timing.median(rounds: runs) {
    _ = Planner(options: phases.options).plan(
        desired: configuration, observed: planned.observed, state: planned.state)
}

let report = BenchReport(
    planned: planned, grantCount: scenario.grantCount, outcomes: outcomes,
    seconds: Dictionary(uniqueKeysWithValues: zip(PlanPhases.Key.all, medians)),
    plannerSeconds: plannerSeconds)
report.lines.forEach { print($0) }
