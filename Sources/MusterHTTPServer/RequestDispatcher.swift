import CMicroHTTPD
import Synchronization

/// Turns libmicrohttpd's callbacks into calls of the server's handler.
///
/// libmicrohttpd calls the access handler several times per request: once with the headers,
/// once per chunk of body, and once more with no data, when the handler runs. The body collects
/// in a ``PendingRequest`` kept in the connection's `con_cls` slot, released when libmicrohttpd
/// reports the request complete. A response with a delay is parked in the same slot while the
/// connection is suspended, and queued when the access handler runs again after the resume.
final class RequestDispatcher: Sendable {
    let handler: @Sendable (HTTPRequest) -> HTTPResponse
    let maxBodyBytes: Int
    /// How many TCP connections have been accepted so far.
    let acceptedConnections = Atomic<Int>(0)
    /// The connections waiting out a response delay.
    let suspended = SuspendedConnections()

    init(maxBodyBytes: Int, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.handler = handler
        self.maxBodyBytes = maxBodyBytes
    }

    /// Handles one call of the access handler; see the type's discussion.
    func access(
        connection: OpaquePointer, url: String, method: String,
        upload: UnsafePointer<CChar>?, uploadSize: UnsafeMutablePointer<Int>,
        slot: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    ) -> MHD_Result {
        guard let raw = slot.pointee else {
            slot.pointee = Unmanaged.passRetained(PendingRequest()).toOpaque()
            return .YES
        }
        let pending = Unmanaged<PendingRequest>.fromOpaque(raw).takeUnretainedValue()
        if uploadSize.pointee > 0 {
            pending.append(upload, count: uploadSize.pointee, limit: maxBodyBytes)
            uploadSize.pointee = 0
            return .YES
        }
        if let parked = pending.parkedResponse {
            pending.parkedResponse = nil
            suspended.didFinish()
            return Self.queue(parked, on: connection)
        }
        var response =
            pending.isTooLarge
            ? HTTPResponse.text("request body too large\n", status: 413)
            : handler(makeRequest(connection, url: url, method: method, body: pending.body))
        guard response.delayMilliseconds > 0 else { return Self.queue(response, on: connection) }
        let delay = response.delayMilliseconds
        response.delayMilliseconds = 0
        pending.parkedResponse = response
        guard suspended.suspend(connection, forMilliseconds: delay) else {
            // The server is stopping: answer at once rather than park.
            pending.parkedResponse = nil
            return Self.queue(response, on: connection)
        }
        return .YES
    }

    private func makeRequest(
        _ connection: OpaquePointer, url: String, method: String, body: [UInt8]
    ) -> HTTPRequest {
        let headers = ConnectionValues.collect(connection, kind: .HEADER_KIND)
        let query = ConnectionValues.collect(connection, kind: .GET_ARGUMENT_KIND)
        return HTTPRequest(
            method: method,
            path: url,
            queryItems: query.map { FormItem(name: $0.0, value: $0.1) },
            headers: Dictionary(headers.map { ($0.0.lowercased(), $0.1) }) { "\($0), \($1)" },
            body: body
        )
    }

    private static func queue(_ response: HTTPResponse, on connection: OpaquePointer) -> MHD_Result
    {
        guard !response.dropsConnection else { return .NO }
        let made = response.body.withUnsafeBytes { bytes in
            MHD_create_response_from_buffer(
                bytes.count, UnsafeMutableRawPointer(mutating: bytes.baseAddress),
                .RESPMEM_MUST_COPY)
        }
        guard let made else { return .NO }
        defer { MHD_destroy_response(made) }
        for (name, value) in response.headers where name.lowercased() != "content-length" {
            _ = MHD_add_response_header(made, name, value)
        }
        return MHD_queue_response(connection, UInt32(response.status), made)
    }
}
