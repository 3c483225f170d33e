/// One emulated Open API operation: its name, the scopes it accepts and its handler.
///
/// The handler runs inside the store's critical section with the tenant `inout`, and either
/// returns the envelope's `data` or throws the Feishu error.
struct FeishuOperation: Sendable {
    typealias Handler =
        @Sendable (inout FeishuWorld, FeishuCall) throws(FeishuFailure) -> JSONValue

    /// The SDK's name of the call, such as `im.v1.chat.create`, used in counters and faults.
    var name: String
    /// The scopes of which the app needs any one; empty means none.
    var scopes: [String]
    /// Whether a successful call changes the tenant, and so is saved.
    var isMutating: Bool
    var handler: Handler
}
