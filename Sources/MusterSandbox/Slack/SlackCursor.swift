import Foundation

/// Slack's cursor paging over an ordered list: opaque base64 cursors, `next_cursor` "" at the
/// end.
///
/// A cursor encodes the offset of the next item, so a list that grows between pages may repeat
/// or skip nothing it already had only when items are appended, which is how members and
/// channels grow here.
enum SlackCursor {
    /// The items of one page and the cursor of the next.
    ///
    /// - Parameters:
    ///   - defaultLimit: the page size when `limit` is absent or 0; nil means everything.
    /// - Throws: `invalid_limit` for a limit outside 0...1000, `invalid_cursor` for a cursor
    ///   that this emulator did not issue.
    static func page<T>(
        _ items: [T], parameters: SlackParameters, defaultLimit: Int?
    ) throws(SlackFailure) -> (items: ArraySlice<T>, nextCursor: String) {
        let limit = try readLimit(parameters["limit"]) ?? defaultLimit ?? items.count
        let start = try readCursor(parameters["cursor"], count: items.count)
        let end = min(items.count, start + max(limit, 1))
        let next = end < items.count ? encode(end) : ""
        return (items[start..<end], next)
    }

    /// The `response_metadata` object carrying a next cursor.
    static func metadata(_ nextCursor: String) -> JSONValue {
        ["next_cursor": .string(nextCursor)]
    }

    private static func readLimit(_ text: String?) throws(SlackFailure) -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let limit = Int(text), (0...1000).contains(limit) else {
            throw SlackFailure("invalid_limit")
        }
        return limit == 0 ? nil : limit
    }

    private static func readCursor(_ cursor: String?, count: Int) throws(SlackFailure) -> Int {
        guard let cursor, !cursor.isEmpty else { return 0 }
        guard let data = Data(base64Encoded: cursor),
            let text = String(data: data, encoding: .utf8), text.hasPrefix("offset:"),
            let offset = Int(text.dropFirst("offset:".count)), (0...count).contains(offset)
        else { throw SlackFailure("invalid_cursor") }
        return offset
    }

    private static func encode(_ offset: Int) -> String {
        Data("offset:\(offset)".utf8).base64EncodedString()
    }
}
