import Foundation

/// A response for the server to send, or an instruction to drop the connection instead.
///
/// libmicrohttpd adds `Content-Length`, `Date` and the keep-alive headers itself, so a
/// `content-length` header given here is ignored.
package struct HTTPResponse: Sendable {
    /// The status code.
    package var status: Int
    /// The headers to send, by name.
    package var headers: [String: String]
    /// The body bytes.
    package var body: [UInt8]
    /// Whether the server closes the connection without sending anything, to emulate a fault.
    package var dropsConnection: Bool
    /// How long the server holds the response back; the connection is suspended meanwhile, so
    /// no server thread is blocked.
    package var delayMilliseconds: Int = 0

    package init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
        self.dropsConnection = false
    }

    /// A response carrying UTF-8 text.
    package static func text(_ text: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: ["Content-Type": "text/plain; charset=utf-8"],
            body: Array(text.utf8)
        )
    }

    /// A response carrying an encoded JSON document.
    package static func json(_ body: [UInt8], status: Int = 200) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: ["Content-Type": "application/json; charset=utf-8"],
            body: body
        )
    }

    /// The instruction to close the connection without a response.
    package static var droppedConnection: HTTPResponse {
        var response = HTTPResponse(status: 0)
        response.dropsConnection = true
        return response
    }
}
