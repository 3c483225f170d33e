import Foundation

/// One HTTP request for the client to send.
package struct HTTPClientRequest: Sendable {
    package var method: String
    package var url: String
    /// Header fields in order; a name may appear more than once.
    package var headers: [(name: String, value: String)]
    package var body: Data?

    package init(
        method: String = "GET", url: String, headers: [(name: String, value: String)] = [],
        body: Data? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}
