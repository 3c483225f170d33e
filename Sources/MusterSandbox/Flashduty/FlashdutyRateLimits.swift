/// Flashduty's per-account limits: 50 requests a second and 1,000 a minute on nearly every
/// operation, counted in fixed windows.
///
/// A seed can lower them so that a test trips a limit in a few calls, or turn them off.
package struct FlashdutyRateLimits: Codable, Sendable, Equatable {
    /// The requests counted so far in one window.
    package struct Window: Codable, Sendable, Equatable {
        package var start: Double
        package var count: Int
    }

    package var isEnabled = true
    package var perSecond = 50
    package var perMinute = 1000

    package init(isEnabled: Bool = true, perSecond: Int = 50, perMinute: Int = 1000) {
        self.isEnabled = isEnabled
        self.perSecond = perSecond
        self.perMinute = perMinute
    }

    /// Decodes the limits a seed gives; each one left out keeps its default.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        isEnabled = try container.decodeIfPresent(Bool.self, forKey: .isEnabled) ?? true
        perSecond = try container.decodeIfPresent(Int.self, forKey: .perSecond) ?? 50
        perMinute = try container.decodeIfPresent(Int.self, forKey: .perMinute) ?? 1000
    }
}
