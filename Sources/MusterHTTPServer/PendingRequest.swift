/// The body of a request still being received.
///
/// Only the libmicrohttpd thread serving its connection touches it, one call at a time.
final class PendingRequest {
    private(set) var body: [UInt8] = []
    private(set) var isTooLarge = false
    /// The handler's response, held while the connection is suspended for its delay.
    var parkedResponse: HTTPResponse?

    func append(_ bytes: UnsafePointer<CChar>?, count: Int, limit: Int) {
        guard let bytes, !isTooLarge else { return }
        guard body.count + count <= limit else {
            isTooLarge = true
            body = []
            return
        }
        bytes.withMemoryRebound(to: UInt8.self, capacity: count) {
            body.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
        }
    }
}
