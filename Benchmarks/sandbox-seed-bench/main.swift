import Foundation
import MusterSandbox

// Times the seed generator and a sandbox started from a large organisation.
//
// Usage: swift run -c release sandbox-seed-bench [MEMBERS]   (default 50,000, every platform)

/// Seconds taken by `body`, and what it returned.
func timed<R>(_ body: () throws -> R) rethrows -> (seconds: Double, value: R) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, value)
}

/// This process's peak resident memory, in MB.
func peakMemory() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func report(_ label: String, _ seconds: Double) {
    print(
        label.padding(toLength: 44, withPad: " ", startingAt: 0),
        String(format: "%10.3f ms", seconds * 1000))
}

let members = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 50_000
let state = NSTemporaryDirectory() + "sandbox-seed-bench-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: state) }

print("sandbox-seed-bench: \(members) members on every platform")
let generated = timed { SandboxSeedGenerator(options: .init(members: members)).makeSeed() }
report("generate", generated.seconds)
let encoded = try timed { try SandboxSeedGenerator.encoded(generated.value) }
report("serialise (\(encoded.value.count / 1_000_000) MB of JSON)", encoded.seconds)
let decoded = try timed { try JSONDecoder().decode(SandboxSeed.self, from: encoded.value) }
report("decode the seed", decoded.seconds)
let memory = try timed { () throws -> SandboxServer in
    try SandboxServer(options: .init(seed: decoded.value))
}
report("start a sandbox from it (in memory)", memory.seconds)
memory.value.stop()
let persistent = try timed {
    try SandboxServer(options: .init(stateDirectory: state, seed: decoded.value))
}
report("start with --state (first save included)", persistent.seconds)
let store = persistent.value.store
var changes: [Double] = []
for round in 0..<5 {
    // Renaming a user copies the user array whenever a background save holds the old one.
    changes.append(
        timed {
            store.update { world in
                world.slack.users[round + 1].name = "renamed-\(round)"
                return ((), true)
            }
        }.seconds)
    usleep(20_000)
}
report("one lasting change (a rename), median of 5", changes.sorted()[2])
report("flush (encode + fsync + rename)", timed { store.flush() }.seconds)
persistent.value.stop()
print(
    "peak memory".padding(toLength: 44, withPad: " ", startingAt: 0),
    String(format: "%8.0f MB", peakMemory()))
