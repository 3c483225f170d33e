import Foundation
import MusterConfig
import MusterYAML

// Loads and validates a large generated configuration, beside libyaml's bare parse of the same
// files, and prints both with the ratio. Run: swift run -c release muster-bench
//
// Figures are side by side in one run on one machine; compare ratios, not absolute times.
// For counts that do not depend on the machine's load, run the two halves under callgrind:
//   valgrind --tool=callgrind .build/release/muster-bench --load-only DIR
//   valgrind --tool=callgrind .build/release/muster-bench --parse-only DIR
// where DIR is the generated configuration (a plain run prints where it wrote it).

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "--load-only", arguments.count == 2 {
    // The child process whose peak memory is measured: it loads and nothing else.
    let result = ConfigurationLoader().load(paths: [arguments[1]])
    exit(result.isValid ? 0 : 1)
}

if arguments.first == "--parse-only", arguments.count == 2 {
    // libyaml alone over the same files, for instruction counts (valgrind --tool=callgrind).
    let names = (try? FileManager.default.contentsOfDirectory(atPath: arguments[1])) ?? []
    for name in names.sorted() where name.hasSuffix(".yaml") {
        let file = arguments[1] + "/" + name
        _ = YAMLParser.countEvents([UInt8](FileManager.default.contents(atPath: file) ?? Data()))
    }
    exit(0)
}

let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("muster-bench-config").path
let shape = try ConfigurationGenerator.write(to: directory)
print("configuration: \(shape), in \(directory)")

let files = ConfigurationLoader().load(paths: [directory]).files
let rounds = 15
let libyaml = Timing.measure(rounds) {
    for file in files {
        let bytes = [UInt8](FileManager.default.contents(atPath: file) ?? Data())
        _ = YAMLParser.countEvents(bytes)
    }
}
let loaderSerial = Timing.measure(rounds) {
    let result = ConfigurationLoader(parallelism: 1).load(paths: [directory])
    precondition(result.isValid, "the generated configuration must be valid")
}
let loader = Timing.measure(rounds) {
    let result = ConfigurationLoader().load(paths: [directory])
    precondition(result.isValid, "the generated configuration must be valid")
}
let peak = try PeakMemory.ofChild(arguments: ["--load-only", directory])

func row(_ label: String, _ time: (best: Double, median: Double)) -> String {
    let padded = label.padding(toLength: 42, withPad: " ", startingAt: 0)
    return padded
        + String(
            format: "%7.1f ms %5.2f×   %7.1f ms %5.2f×", time.best * 1000, time.best / libyaml.best,
            time.median * 1000, time.median / libyaml.median)
}
print(
    "".padding(toLength: 42, withPad: " ", startingAt: 0) + "   best of \(rounds)          median")
print(row("libyaml bare parse to events (1 thread)", libyaml))
print(row("muster load + validate, 1 thread", loaderSerial))
print(row("muster load + validate, all cores", loader))
print(String(format: "peak memory of a load: %.1f MB (target < 200 MB)", peak))
print("target: muster load + validate ≤ 2.00× libyaml's bare parse; peak memory < 200 MB")
