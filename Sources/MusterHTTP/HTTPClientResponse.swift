import Foundation

/// What a server answered: the status, the header fields (names lowercased) and the body.
package struct HTTPClientResponse: Sendable {
    package let status: Int
    /// Values by lowercased name, in the order they came.
    package let headers: [String: [String]]
    package let body: Data

    package init(status: Int, headers: [String: [String]], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header field.
    package func header(_ name: String) -> String? {
        headers[name.lowercased()]?.first
    }
}
