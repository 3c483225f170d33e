import Foundation

/// A complete HTTP request, as libmicrohttpd parsed it, with its whole body collected.
///
/// Header names are lowercased, so lookups need no case folding; a header sent twice keeps its
/// values joined by ", ", as RFC 9110 allows. Query items keep their order and duplicates.
package struct HTTPRequest: Sendable {
    /// The request method, uppercased as sent (`GET`, `POST`, `DELETE`, …).
    package var method: String
    /// The path without the query string, percent-decoded by libmicrohttpd.
    package var path: String
    /// The decoded query items, in the order they were sent.
    package var queryItems: [FormItem]
    /// The headers, keyed by lowercased name.
    package var headers: [String: String]
    /// The raw body bytes.
    package var body: [UInt8]

    package init(
        method: String,
        path: String,
        queryItems: [FormItem] = [],
        headers: [String: String] = [:],
        body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.queryItems = queryItems
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }) { a, b in
            "\(a), \(b)"
        }
        self.body = body
    }

    /// The value of a header, looked up case-insensitively.
    package func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The first value of a query item.
    package func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// The media type of the body, lowercased and without parameters such as `charset`.
    package var mediaType: String? {
        guard let contentType = header("content-type") else { return nil }
        let type = contentType.split(separator: ";", maxSplits: 1).first ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The body decoded as `application/x-www-form-urlencoded`.
    package var formItems: [FormItem] {
        FormDecoder.decode(body)
    }
}
