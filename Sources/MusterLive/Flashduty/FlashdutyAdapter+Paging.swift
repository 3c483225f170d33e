extension FlashdutyAdapter {
    /// Reads every page of a list, by cursor when the answer offers one, else by `p`.
    ///
    /// Loops on `has_next_page` or a returned `search_after_ctx`, never on `total`, which
    /// saturates at 1,000.
    func allPages<Item: Decodable>(
        _ path: String, _ body: [String: Any] = [:], as type: Item.Type
    ) async throws -> [Item] {
        var items: [Item] = []
        var request = body
        request["limit"] = Self.pageLimit
        var p = 1
        while true {
            let page = try await post(path, request, as: FlashdutyPage<Item>.self)
            items += page.items ?? []
            if let cursor = page.nextCursor {
                request["search_after_ctx"] = cursor
            } else if page.hasNextPage == true, request["search_after_ctx"] == nil {
                p += 1
                request["p"] = p
            } else {
                return items
            }
        }
    }
}
