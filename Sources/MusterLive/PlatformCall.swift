import MusterHTTP

/// One call to a platform's API, with what the transport needs to send it well.
package struct PlatformCall: Sendable {
    /// The service, as `slack` or `flashduty`, for counters, logs and buckets.
    package var platform: String
    /// The method, as `conversations.create` or `/incident/list`.
    package var method: String
    /// The rate-limit bucket the call draws from.
    package var bucket: BucketKey
    package var safety: CallSafety
    package var request: HTTPClientRequest

    package init(
        platform: String, method: String, bucket: BucketKey, safety: CallSafety,
        request: HTTPClientRequest
    ) {
        self.platform = platform
        self.method = method
        self.bucket = bucket
        self.safety = safety
        self.request = request
    }
}

/// Whether a call may be sent again after a failure that leaves its effect unknown.
package enum CallSafety: Sendable, Equatable {
    /// A read: always safe to repeat.
    case read
    /// A write that has the same effect however often it is sent: an update, or a create
    /// keyed by a `uuid` or a client-chosen id.
    case idempotentWrite
    /// A create with no key: sending it twice may create two objects.
    case nonIdempotentWrite
}

/// A rate-limit bucket: per platform, per tenant or workspace, per method family.
package struct BucketKey: Sendable, Hashable, CustomStringConvertible {
    package var platform: String
    package var tenant: String
    package var family: String

    package init(platform: String, tenant: String, family: String) {
        self.platform = platform
        self.tenant = tenant
        self.family = family
    }

    package var description: String { "\(platform)/\(tenant)/\(family)" }
}
