import Foundation

/// The member read user bindings need besides the userid lookups.
extension WeComAdapter {
    /// A member by userid (`user/get`), one call each: WeCom has no batch read by id.
    ///
    /// - Throws: `PlatformError` when the app may not call the API (48002) or the call fails.
    package func user(id: String) async throws -> WeComUserRecord {
        let method = "user/get"
        do {
            let reply = try await exchange(
                method, query: [("userid", id)], body: nil, safety: .read)
            let code = (reply.object["status"] as? NSNumber)?.intValue ?? 1
            return .found(
                WeComUser(
                    userID: reply.string("userid") ?? id, name: reply.string("name") ?? "",
                    status: WeComUser.Status(rawValue: code) ?? .active))
        } catch let error as PlatformError where error.code == "60011" {
            return .outsideVisibility
        } catch let error as PlatformError where ["60111", "46004"].contains(error.code) {
            return .missing
        }
    }
}
