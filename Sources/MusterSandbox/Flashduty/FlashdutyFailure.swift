/// A Flashduty error: one of the `ErrorCode` wire strings, its HTTP status and a message.
///
/// The status follows the spec's table: ResourceNotFound is 400, not 404; RouteNotFound is
/// 404; RequestTooFrequently is 429.
struct FlashdutyFailure: Error, Equatable {
    var code: String
    var message: String
    /// Seconds for `Retry-After`, on a rate-limited call.
    var retryAfter: Int?

    init(_ code: String, _ message: String, retryAfter: Int? = nil) {
        self.code = code
        self.message = message
        self.retryAfter = retryAfter
    }

    /// The HTTP status Flashduty answers the code with.
    var status: Int {
        switch code {
        case "Unauthorized": return 401
        case "BalanceNotEnough": return 402
        case "AccessDenied": return 403
        case "RouteNotFound": return 404
        case "MethodNotAllowed": return 405
        case "UndonedOrderExist": return 409
        case "EntityTooLarge": return 413
        case "RequestLocked": return 423
        case "RequestVerifyRequired", "DangerousOperation": return 428
        case "RequestTooFrequently": return 429
        case "InternalError": return 500
        case "ServiceUnavailable": return 503
        default: return 400
        }
    }

    static func invalid(_ message: String) -> FlashdutyFailure {
        FlashdutyFailure("InvalidParameter", message)
    }

    static func notFound(_ message: String) -> FlashdutyFailure {
        FlashdutyFailure("ResourceNotFound", message)
    }

    static func denied(_ message: String) -> FlashdutyFailure {
        FlashdutyFailure("AccessDenied", message)
    }
}
