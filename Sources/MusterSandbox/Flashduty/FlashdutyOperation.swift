/// One Open API route: its handler, the permission it needs, and whether it changes state.
struct FlashdutyOperation: Sendable {
    typealias Handler =
        @Sendable (inout SandboxWorld, FlashdutyCall) throws(FlashdutyFailure) -> JSONValue

    var handler: Handler
    /// The permission the caller's roles must grant, or nil for any valid key.
    var permission: Int?
    var changes: Bool

    static func read(_ handler: @escaping Handler, _ permission: Int? = nil) -> FlashdutyOperation {
        FlashdutyOperation(handler: handler, permission: permission, changes: false)
    }

    static func write(_ handler: @escaping Handler, _ permission: Int) -> FlashdutyOperation {
        FlashdutyOperation(handler: handler, permission: permission, changes: true)
    }
}
