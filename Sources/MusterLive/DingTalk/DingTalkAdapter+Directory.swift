/// The user call user bindings need besides `getbymobile`.
extension DingTalkAdapter {
    /// A person by userid (`topapi/v2/user/get`), one call each: DingTalk has no batch read.
    ///
    /// - Throws: `PlatformError` when the app lacks the permission (60011) or the call fails.
    package func user(id: String) async throws -> DingTalkUserRecord {
        let method = "topapi/v2/user/get"
        do {
            let reply = try await exchange(
                method, .oapi, body: ["userid": id, "language": "en_US"], safety: .read)
            guard let result = reply.object["result"] as? [String: Any] else {
                throw malformed(method, missing: "result")
            }
            return .found(
                DingTalkUser(
                    userID: result["userid"] as? String ?? id,
                    name: result["name"] as? String ?? "",
                    isActivated: result["active"] as? Bool ?? true))
        } catch let error as PlatformError where error.code == "50002" {
            return .outsideRange
        } catch let error as PlatformError where ["60121", "33012"].contains(error.code) {
            return .missing
        }
    }
}
