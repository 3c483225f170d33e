/// One emulated WeCom API: its path under `/cgi-bin/` and its handler.
///
/// The handler runs inside the store's critical section with the corporation `inout`, and
/// returns the fields beside `errcode` 0 or throws the WeCom error.
struct WeComOperation: Sendable {
    typealias Handler =
        @Sendable (inout WeComWorld, WeComCall) throws(WeComFailure) -> [String: JSONValue]

    /// The path after `/cgi-bin/`, such as `appchat/create`.
    var api: String
    /// Whether a successful call changes the corporation, and so is saved.
    var isMutating: Bool
    var handler: Handler

    /// Every API but `gettoken`, by path.
    static let catalog: [String: WeComOperation] = Dictionary(
        uniqueKeysWithValues: [
            WeComOperation(api: "appchat/create", isMutating: true, handler: WeComAppChats.create),
            WeComOperation(api: "appchat/update", isMutating: true, handler: WeComAppChats.update),
            WeComOperation(api: "appchat/get", isMutating: false, handler: WeComAppChats.get),
            WeComOperation(api: "appchat/send", isMutating: true, handler: WeComAppChats.send),
            WeComOperation(api: "user/getuserid", isMutating: false, handler: WeComUsers.byMobile),
            WeComOperation(
                api: "user/get_userid_by_email", isMutating: false, handler: WeComUsers.byEmail),
            WeComOperation(api: "user/get", isMutating: false, handler: WeComUsers.byUserId),
        ].map { ($0.api, $0) })
}
