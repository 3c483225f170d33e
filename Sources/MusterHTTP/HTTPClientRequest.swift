import Foundation

/// One HTTP request for the client to send.
package struct HTTPClientRequest: Sendable {
    package var method: String
    package var url: String
    /// Header fields in order; a name may appear more than once.
    package var headers: [(name: String, value: String)]
    package var body: Data?
    /// False for a write that must never reach the server twice. Such a request goes out on a
    /// fresh connection, because libcurl silently sends a request again when a reused
    /// connection turns out dead, and the first attempt may already have been acted on.
    package var isRepeatable: Bool

    package init(
        method: String = "GET", url: String, headers: [(name: String, value: String)] = [],
        body: Data? = nil, isRepeatable: Bool = true
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.isRepeatable = isRepeatable
    }
}
