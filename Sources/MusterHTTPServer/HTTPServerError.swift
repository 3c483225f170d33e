/// The ways starting an ``HTTPServer`` can fail.
package enum HTTPServerError: Error, Equatable, CustomStringConvertible {
    /// The host is a valid address but not a loopback one; the sandbox never listens elsewhere.
    case nonLoopbackAddress(String)
    /// The host is not a numeric IPv4 or IPv6 address.
    case invalidAddress(String)
    /// The thread pool size is outside 1...64.
    case invalidThreadPoolSize(Int)
    /// libmicrohttpd could not start, most often because the port is taken.
    case startFailed(host: String, port: UInt16)

    package var description: String {
        switch self {
        case .nonLoopbackAddress(let host):
            return "address '\(host)' is not loopback; use 127.0.0.1 or ::1"
        case .invalidAddress(let host):
            return "address '\(host)' is not a numeric ipv4 or ipv6 address"
        case .invalidThreadPoolSize(let size):
            return "thread pool size \(size) is outside 1...64"
        case .startFailed(let host, let port):
            return "could not listen on '\(host)' port \(port)"
        }
    }
}
