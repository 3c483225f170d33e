/// One emulated DingTalk API: its path, the permission point it needs and its handler.
///
/// The handler runs inside the store's critical section with the organisation `inout`, and
/// returns the success fields (a v1.0 bare object, or the oapi fields beside `errcode`) or
/// throws the DingTalk error.
struct DingTalkOperation: Sendable {
    typealias Handler =
        @Sendable (inout DingTalkWorld, DingTalkCall) throws(DingTalkFailure) -> [String: JSONValue]

    /// The path without its leading slash, such as `v1.0/im/sceneGroup/create`.
    var api: String
    var permission: String
    /// Whether a successful call changes the organisation, and so is saved.
    var isMutating: Bool
    var handler: Handler
}
