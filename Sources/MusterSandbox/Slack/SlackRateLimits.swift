/// Slack's per-method rate-limit tiers, counted per token in fixed one-minute windows.
///
/// The defaults are Slack's published floors (Tier 1: 1/min … Tier 4: 100/min; auth.test
/// "hundreds"); a seed can lower them so a test trips a limit in a few calls, or turn them off
/// for a benchmark.
package struct SlackRateLimits: Codable, Sendable, Equatable {
    /// The requests counted so far in one window.
    package struct Window: Codable, Sendable, Equatable {
        package var start: Double
        package var count: Int
    }

    package var isEnabled = true
    package var tier1 = 1
    package var tier2 = 20
    package var tier3 = 50
    package var tier4 = 100
    /// auth.test and other methods Slack lists as special.
    package var special = 600
    /// chat.postMessage per channel; Slack allows about one a second.
    package var postMessagePerChannel = 60

    package init() {}

    /// Decodes the limits a seed gives; each one left out keeps its default.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SlackRateLimits()
        isEnabled =
            try container.decodeIfPresent(Bool.self, forKey: .isEnabled) ?? defaults.isEnabled
        tier1 = try container.decodeIfPresent(Int.self, forKey: .tier1) ?? defaults.tier1
        tier2 = try container.decodeIfPresent(Int.self, forKey: .tier2) ?? defaults.tier2
        tier3 = try container.decodeIfPresent(Int.self, forKey: .tier3) ?? defaults.tier3
        tier4 = try container.decodeIfPresent(Int.self, forKey: .tier4) ?? defaults.tier4
        special = try container.decodeIfPresent(Int.self, forKey: .special) ?? defaults.special
        postMessagePerChannel =
            try container.decodeIfPresent(
                Int.self, forKey: .postMessagePerChannel) ?? defaults.postMessagePerChannel
    }

    /// The calls per minute a tier allows.
    func limit(for tier: SlackTier) -> Int {
        switch tier {
        case .tier1: return tier1
        case .tier2: return tier2
        case .tier3: return tier3
        case .tier4: return tier4
        case .special: return special
        case .postMessage: return postMessagePerChannel
        }
    }
}
