#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A loopback socket address: 127.0.0.0/8 or ::1, and nothing else.
///
/// Making one is the only way to pick where an ``HTTPServer`` listens, so a server can never
/// be bound to a public interface by mistake.
struct LoopbackAddress: Sendable {
    /// The address family, with the parsed address bytes.
    enum Family: Sendable {
        case ipv4(in_addr)
        case ipv6(in6_addr)
    }

    let host: String
    let family: Family

    /// Parses a numeric address and checks that it is loopback.
    ///
    /// - Throws: ``HTTPServerError/invalidAddress(_:)`` for a name or malformed address, and
    ///   ``HTTPServerError/nonLoopbackAddress(_:)`` for any address off the loopback interface.
    init(host: String) throws(HTTPServerError) {
        self.host = host
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, host, &v4) == 1 {
            // The first octet is the high byte of s_addr in network order.
            guard UInt32(bigEndian: v4.s_addr) >> 24 == 127 else {
                throw .nonLoopbackAddress(host)
            }
            family = .ipv4(v4)
        } else if inet_pton(AF_INET6, host, &v6) == 1 {
            guard Self.isIPv6Loopback(v6) else { throw .nonLoopbackAddress(host) }
            family = .ipv6(v6)
        } else {
            throw .invalidAddress(host)
        }
    }

    var isIPv6: Bool {
        if case .ipv6 = family { return true }
        return false
    }

    /// Calls `body` with a `sockaddr` for this address and the port.
    func withSocketAddress<R>(port: UInt16, _ body: (UnsafePointer<sockaddr>) -> R) -> R {
        switch family {
        case .ipv4(let address):
            var socket = sockaddr_in()
            socket.sin_family = sa_family_t(AF_INET)
            socket.sin_port = port.bigEndian
            socket.sin_addr = address
            return withUnsafePointer(to: &socket) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1, body)
            }
        case .ipv6(let address):
            var socket = sockaddr_in6()
            socket.sin6_family = sa_family_t(AF_INET6)
            socket.sin6_port = port.bigEndian
            socket.sin6_addr = address
            return withUnsafePointer(to: &socket) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1, body)
            }
        }
    }

    private static func isIPv6Loopback(_ address: in6_addr) -> Bool {
        var bytes = address
        return withUnsafeBytes(of: &bytes) { raw in
            raw.prefix(15).allSatisfy { $0 == 0 } && raw[15] == 1
        }
    }
}
