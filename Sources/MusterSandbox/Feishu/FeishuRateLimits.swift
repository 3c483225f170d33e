/// Feishu's frequency control: per API and app, a per-minute and a per-second limit.
///
/// The default is the "1000/min & 50/s" most APIs document; hitting either limit trips it.
/// A seed can change the default, set other limits per operation (such as
/// `im.v1.message.create`), or turn limits off for a benchmark. Messages are also limited per
/// chat, 5 a second by default, which answers 230020 on HTTP 400 rather than a 429.
package struct FeishuRateLimits: Codable, Sendable, Equatable {
    /// The two limits of one API.
    package struct Limit: Codable, Sendable, Equatable {
        package var perMinute: Int
        package var perSecond: Int

        package init(perMinute: Int, perSecond: Int) {
            self.perMinute = perMinute
            self.perSecond = perSecond
        }
    }

    /// The requests counted in the current minute and second.
    package struct Window: Codable, Sendable, Equatable {
        package var minuteStart: Double
        package var minuteCount: Int
        package var secondStart: Double
        package var secondCount: Int
    }

    package var isEnabled = true
    package var perMinute = 1000
    package var perSecond = 50
    /// Limits by operation name, instead of the default.
    package var operations: [String: Limit] = [:]
    /// Messages a second to one chat, shared by every bot; past it, 230020.
    package var messagesPerChatPerSecond = 5

    package init(
        isEnabled: Bool = true, perMinute: Int = 1000, perSecond: Int = 50,
        operations: [String: Limit] = [:], messagesPerChatPerSecond: Int = 5
    ) {
        self.isEnabled = isEnabled
        self.perMinute = perMinute
        self.perSecond = perSecond
        self.operations = operations
        self.messagesPerChatPerSecond = messagesPerChatPerSecond
    }

    /// Decodes the limits a seed gives; each one left out keeps its default.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        isEnabled = try container.decodeIfPresent(Bool.self, forKey: .isEnabled) ?? true
        perMinute = try container.decodeIfPresent(Int.self, forKey: .perMinute) ?? 1000
        perSecond = try container.decodeIfPresent(Int.self, forKey: .perSecond) ?? 50
        operations =
            try container.decodeIfPresent([String: Limit].self, forKey: .operations) ?? [:]
        messagesPerChatPerSecond =
            try container.decodeIfPresent(Int.self, forKey: .messagesPerChatPerSecond) ?? 5
    }

    /// The limits of one operation.
    func limit(for operation: String) -> Limit {
        operations[operation] ?? Limit(perMinute: perMinute, perSecond: perSecond)
    }
}
