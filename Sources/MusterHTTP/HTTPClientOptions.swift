/// How the client connects, how long it waits, and how much it accepts.
package struct HTTPClientOptions: Sendable {
    /// Seconds to wait for a connection.
    package var connectTimeout: Double = 10
    /// Seconds a whole request may take, connection included.
    package var totalTimeout: Double = 60
    /// The largest response body accepted; a larger one fails with `bodyTooLarge`.
    package var maxBodyBytes: Int = 32 << 20
    /// How many requests may be in flight at once; more wait their turn.
    package var maxConcurrentRequests: Int = 8
    /// A CA bundle to trust instead of the system's; `SSL_CERT_FILE` is used when this is nil.
    package var caFile: String?

    package init() {}
}
