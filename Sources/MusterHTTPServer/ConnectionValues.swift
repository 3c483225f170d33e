import CMicroHTTPD

/// Reads one kind of key-value pair (headers, query arguments) from a libmicrohttpd connection.
enum ConnectionValues {
    /// The pairs in the order libmicrohttpd holds them; a key without a value maps to "".
    static func collect(_ connection: OpaquePointer, kind: MHD_ValueKind) -> [(String, String)] {
        let box = Collector()
        let context = Unmanaged.passUnretained(box).toOpaque()
        withExtendedLifetime(box) {
            _ = MHD_get_connection_values(
                connection, kind,
                { context, _, key, value in
                    guard let context, let key else { return .YES }
                    let box = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
                    box.pairs.append(
                        (String(cString: key), value.map { String(cString: $0) } ?? ""))
                    return .YES
                }, context)
        }
        return box.pairs
    }

    /// The pairs gathered during one synchronous iteration.
    private final class Collector {
        var pairs: [(String, String)] = []
    }
}
