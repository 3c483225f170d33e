import Foundation

/// Wall-clock timing of phases taken in turns, so that the machine's noise falls on each alike.
enum Timing {
    /// The median seconds of each phase over `rounds` rounds.
    ///
    /// There is no warm-up round: a phase here lasts seconds to minutes, mostly spent waiting
    /// on the client-side rate limits. Each round starts one phase later than the round
    /// before, so no phase always runs first.
    static func medians(
        rounds: Int, _ phases: [() async throws -> Void]
    ) async throws -> [Double] {
        precondition(rounds >= 1, "timing needs at least one round")
        var samples = [[Double]](repeating: [], count: phases.count)
        for round in 0..<rounds {
            for turn in phases.indices {
                let index = (round + turn) % phases.count
                let start = DispatchTime.now().uptimeNanoseconds
                try await phases[index]()
                samples[index].append(seconds(since: start))
            }
        }
        return samples.map(median)
    }

    /// The median seconds of a synchronous block over `rounds` runs, after one warm-up run.
    static func median(rounds: Int, _ body: () -> Void) -> Double {
        precondition(rounds >= 1, "timing needs at least one round")
        body()
        var samples: [Double] = []
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            samples.append(seconds(since: start))
        }
        return median(samples)
    }

    private static func median(_ samples: [Double]) -> Double {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// The peak resident memory of this process.
enum PeakMemory {
    /// In MB: `ru_maxrss`, which Linux counts in KiB.
    static var megabytes: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
