import Foundation
import MusterHTTP
import MusterLive
import MusterSandbox

// Reads a generated organisation the way Muster's planner will, and prints the requests each
// platform took beside the fewest its page and batch sizes allow.
//
// Usage: swift run -c release live-read-bench [MEMBERS]   (default 10,000)

let memberCount = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
let platforms: [SeedPlatform] = [.slack, .feishu, .dingtalk, .wecom]

/// The seed with every sandbox rate limit off, so that nothing but the reads is measured.
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

func seconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func printTable(measured: [String: [String: Int]], minimum: [String: [String: Int]]) {
    func cell(_ text: String, _ width: Int) -> String {
        text.padding(toLength: width, withPad: " ", startingAt: 0)
    }
    print(cell("platform", 10), cell("method", 38), "requests   minimum   ratio")
    for platform in ["flashduty", "slack", "feishu", "dingtalk", "wecom"] {
        let methods = Set(measured[platform, default: [:]].keys)
            .union(minimum[platform, default: [:]].keys).sorted()
        for method in methods {
            let made = measured[platform]?[method] ?? 0
            let least = minimum[platform]?[method] ?? 0
            let ratio = least == 0 ? "-" : String(format: "%.2f", Double(made) / Double(least))
            print(
                cell(platform, 10), cell(method, 38), String(format: "%8d  %8d", made, least),
                "  " + ratio)
        }
    }
}

let platformNames = platforms.map(\.rawValue).joined(separator: ", ")
print("live-read-bench: \(memberCount) members on \(platformNames)")
let seed = makeSeed()
let server = try SandboxServer(options: .init(seed: seed))
defer { server.stop() }
let log = RequestLog()
let reader = OrgReader(server: server, client: HTTPClient(options: HTTPClientOptions()), log: log)

let start = DispatchTime.now().uptimeNanoseconds
let members = try await reader.members()
let matches = try await reader.accounts(of: members)
let wall = seconds(since: start)

let phones = members.filter { $0.mobile != nil }.count
let minimum = RequestMinimum.table(
    members: members.count, phones: phones,
    slackUsers: server.store.snapshot.slack.users.count)
printTable(measured: log.counters, minimum: minimum)
print(
    "accounts found: slack \(matches.slack), feishu \(matches.feishu), "
        + "dingtalk \(matches.dingTalk), wecom \(matches.weCom) of \(members.count) members")
print(String(format: "wall time for the whole read: %.2f s", wall))
