import Foundation

/// One entry of an incident's timeline, as `i_wr_create` or `i_comm`.
package struct FlashdutyFeedEntry: Decodable, Sendable, Equatable {
    package var type: String
    /// Who acted; 0 is the system.
    package var creatorId: Int
    /// Unix milliseconds.
    package var createdAt: Int
    /// The type's detail, kept as JSON text.
    package var detail: String

    private enum CodingKeys: String, CodingKey { case type, creatorId, createdAt, detail }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        creatorId = try container.decodeIfPresent(Int.self, forKey: .creatorId) ?? 0
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt) ?? 0
        let raw = try container.decodeIfPresent(FlashdutyJSONText.self, forKey: .detail)
        detail = raw?.text ?? "{}"
    }
}
