#if canImport(Glibc)
    import Glibc
#endif

/// A bare HTTP/1.0 GET over an IPv6 loopback socket, for what URLSession cannot reach.
enum RawHTTP {
    struct Failure: Error {
        var call: String
    }

    static func get(ipv6Loopback port: UInt16, path: String) throws -> String {
        let descriptor = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(call: "socket") }
        defer { close(descriptor) }
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_port = port.bigEndian
        address.sin6_addr = in6addr_loopback
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
            }
        }
        guard connected == 0 else { throw Failure(call: "connect") }
        let request = Array("GET \(path) HTTP/1.0\r\n\r\n".utf8)
        guard send(descriptor, request, request.count, 0) == request.count else {
            throw Failure(call: "send")
        }
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while case let count = recv(descriptor, &buffer, buffer.count, 0), count > 0 {
            reply += buffer[0..<count]
        }
        return String(decoding: reply, as: UTF8.self)
    }
}
