import Foundation

/// Wall-clock timing of a block, over several rounds.
enum Timing {
    /// The fastest and the median of `rounds` runs, in seconds, after one warm-up run. The
    /// fastest run is the one least disturbed by the rest of the machine.
    static func measure(_ rounds: Int, _ body: () -> Void) -> (best: Double, median: Double) {
        body()
        var samples: [Double] = []
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let sorted = samples.sorted()
        return (sorted[0], sorted[rounds / 2])
    }
}

/// Peak resident memory of a child process.
enum PeakMemory {
    /// Runs this executable with `arguments` and returns the child's peak RSS in MB.
    static func ofChild(arguments: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
