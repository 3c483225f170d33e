/// Everything the sandbox knows, as one value: what is saved, dumped and reset.
///
/// Each platform's emulator owns its own part and touches nothing else; the clock, counters
/// and faults are shared. ``SandboxStore`` guards the one live copy.
package struct SandboxWorld: Codable, Sendable, Equatable {
    /// The format version of saved state.
    package var version = 1
    package var clock = VirtualClock()
    package var counters = RequestCounters()
    package var faults = FaultRuleSet()
    /// The seed the world started from, kept so that a reset without a body can return to it.
    package var seed: SandboxSeed
    package var slack: SlackWorld

    /// A fresh world holding what the seed describes.
    package init(seed: SandboxSeed) {
        self.seed = seed
        self.slack = SlackWorld(seed: seed.slack ?? SlackSeed())
    }
}
