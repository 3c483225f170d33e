/// One page of a Flashduty list: its items and how to ask for the next one.
struct FlashdutyPage<Item: Decodable>: Decodable {
    var items: [Item]?
    var hasNextPage: Bool?
    var searchAfterCtx: String?
    var total: Int?

    /// The cursor of the next page, when the answer gave one.
    var nextCursor: String? {
        guard let searchAfterCtx, !searchAfterCtx.isEmpty else { return nil }
        return searchAfterCtx
    }
}
