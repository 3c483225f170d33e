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
    package var dingtalk = DingTalkWorld(seed: DingTalkSeed())
    package var wecom = WeComWorld(seed: WeComSeed())
    package var flashduty: FlashdutyWorld
    package var feishu: FeishuWorld
    package var lark: FeishuWorld

    /// A fresh world holding what the seed describes.
    package init(seed: SandboxSeed) {
        self.seed = seed
        self.clock = VirtualClock(frozenAt: seed.frozenClock)
        self.slack = SlackWorld(seed: seed.slack ?? SlackSeed())
        self.dingtalk = DingTalkWorld(seed: seed.dingtalk ?? DingTalkSeed())
        self.wecom = WeComWorld(seed: seed.wecom ?? WeComSeed())
        self.flashduty = FlashdutyWorld(seed: seed.flashduty ?? FlashdutySeed(), now: clock.now)
        self.feishu = FeishuWorld(seed: seed.feishu ?? FeishuSeed())
        self.lark = FeishuWorld(seed: seed.lark ?? FeishuSeed())
    }

    /// Decodes saved state; a platform missing from it starts from the saved seed, so state
    /// saved before a platform was added still loads.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        guard version == 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription: "unsupported state version \(version)")
        }
        clock = try container.decodeIfPresent(VirtualClock.self, forKey: .clock) ?? VirtualClock()
        counters =
            try container.decodeIfPresent(RequestCounters.self, forKey: .counters)
            ?? RequestCounters()
        faults = try container.decodeIfPresent(FaultRuleSet.self, forKey: .faults) ?? FaultRuleSet()
        seed = try container.decode(SandboxSeed.self, forKey: .seed)
        slack =
            try container.decodeIfPresent(SlackWorld.self, forKey: .slack)
            ?? SlackWorld(seed: seed.slack ?? SlackSeed())
        dingtalk =
            try container.decodeIfPresent(DingTalkWorld.self, forKey: .dingtalk)
            ?? DingTalkWorld(seed: seed.dingtalk ?? DingTalkSeed())
        wecom =
            try container.decodeIfPresent(WeComWorld.self, forKey: .wecom)
            ?? WeComWorld(seed: seed.wecom ?? WeComSeed())
        flashduty =
            try container.decodeIfPresent(FlashdutyWorld.self, forKey: .flashduty)
            ?? FlashdutyWorld(seed: seed.flashduty ?? FlashdutySeed(), now: clock.now)
        feishu =
            try container.decodeIfPresent(FeishuWorld.self, forKey: .feishu)
            ?? FeishuWorld(seed: seed.feishu ?? FeishuSeed())
        lark =
            try container.decodeIfPresent(FeishuWorld.self, forKey: .lark)
            ?? FeishuWorld(seed: seed.lark ?? FeishuSeed())
    }
}
