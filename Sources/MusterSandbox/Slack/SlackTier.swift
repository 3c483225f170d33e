/// A Slack rate-limit tier.
package enum SlackTier: Sendable {
    case tier1, tier2, tier3, tier4, special, postMessage
}
