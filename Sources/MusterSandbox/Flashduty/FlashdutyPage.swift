/// One page of a list, by `p`/`limit` or by the opaque `search_after_ctx` cursor.
///
/// `limit` is 1 to 100, `p` starts at 1, and `p × limit` may not pass 10,000, as the service
/// enforces. The cursor encodes the offset of the next item; it is returned only when a next
/// page exists.
struct FlashdutyPage<Item> {
    static var maxLimit: Int { 100 }
    static var maxDepth: Int { 10_000 }

    var items: [Item]
    var p: Int
    var limit: Int
    var total: Int
    var hasNextPage: Bool
    var nextCursor: String?

    /// Cuts the page the call asks for out of `all`.
    ///
    /// - Throws: `InvalidParameter` for a limit past 100, a page past 10,000 items, or a
    ///   cursor that was not issued by this emulator.
    init(
        _ all: [Item], call: FlashdutyCall, defaultLimit: Int = 20, allowsCursor: Bool = false
    ) throws(FlashdutyFailure) {
        let limit = try call.int("limit").map { $0 == 0 ? defaultLimit : $0 } ?? defaultLimit
        let p = try call.int("p").map { max($0, 1) } ?? 1
        guard (1...Self.maxLimit).contains(limit) else { throw call.notValid("limit") }
        guard p * limit <= Self.maxDepth else {
            throw .invalid("The p * limit must not exceed \(Self.maxDepth).")
        }
        var offset = (p - 1) * limit
        if allowsCursor, let cursor = try call.string("search_after_ctx"), !cursor.isEmpty {
            guard let decoded = Self.offset(of: cursor) else {
                throw call.notValid("search_after_ctx")
            }
            offset = decoded
        }
        let end = min(all.count, offset + limit)
        self.items = offset < end ? Array(all[offset..<end]) : []
        self.p = p
        self.limit = limit
        self.total = all.count
        self.hasNextPage = end < all.count
        self.nextCursor = hasNextPage && allowsCursor ? Self.cursor(at: end) : nil
    }

    /// The page's paging fields, with the items rendered by `render`.
    func fields(_ render: (Item) -> JSONValue) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [
            "items": .array(items.map(render)), "total": .integer(total),
            "has_next_page": .bool(hasNextPage), "p": .integer(p), "limit": .integer(limit),
        ]
        if let nextCursor { fields["search_after_ctx"] = .string(nextCursor) }
        return fields
    }

    private static func cursor(at offset: Int) -> String {
        Array("sa1:\(offset)".utf8).base64URL
    }

    private static func offset(of cursor: String) -> Int? {
        guard let text = [UInt8](base64URL: cursor).flatMap({ String(bytes: $0, encoding: .utf8) }),
            text.hasPrefix("sa1:")
        else { return nil }
        return Int(text.dropFirst(4)).flatMap { $0 >= 0 ? $0 : nil }
    }
}
