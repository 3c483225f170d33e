import Foundation

/// Feishu's paging over an ordered list: `page_size`, an opaque `page_token`, and `has_more`.
///
/// The token encodes the offset of the next item and is only given while `has_more` is true,
/// as Feishu answers.
enum FeishuPageToken {
    /// The items of one page, and the token of the next when there is more.
    ///
    /// - Throws: 99992402 for a page size outside 1...`maxSize`, or a token not issued here.
    static func page<T>(
        _ items: [T], call: FeishuCall, defaultSize: Int = 20, maxSize: Int = 100
    ) throws(FeishuFailure) -> (items: ArraySlice<T>, nextToken: String?) {
        let size = try readSize(call.query["page_size"], defaultSize: defaultSize, max: maxSize)
        let start = try readToken(call.query["page_token"], count: items.count)
        let end = min(items.count, start + size)
        return (items[start..<end], end < items.count ? encode(end) : nil)
    }

    /// The paging members of a `data` object: `has_more`, and `page_token` when it is true.
    static func fields(_ nextToken: String?) -> [String: JSONValue] {
        guard let nextToken else { return ["has_more": false] }
        return ["has_more": true, "page_token": .string(nextToken)]
    }

    private static func readSize(
        _ text: String?, defaultSize: Int, max: Int
    ) throws(FeishuFailure)
        -> Int
    {
        guard let text, !text.isEmpty else { return defaultSize }
        guard let size = Int(text), (1...max).contains(size) else {
            throw .fieldViolation("page_size", "page_size must be between 1 and \(max)")
        }
        return size
    }

    private static func readToken(_ token: String?, count: Int) throws(FeishuFailure) -> Int {
        guard let token, !token.isEmpty else { return 0 }
        guard let data = Data(base64Encoded: token),
            let text = String(data: data, encoding: .utf8), text.hasPrefix("sandbox-offset:"),
            let offset = Int(text.dropFirst("sandbox-offset:".count)), (0...count).contains(offset)
        else { throw .fieldViolation("page_token", "page_token is invalid") }
        return offset
    }

    private static func encode(_ offset: Int) -> String {
        Data("sandbox-offset:\(offset)".utf8).base64EncodedString()
    }
}
