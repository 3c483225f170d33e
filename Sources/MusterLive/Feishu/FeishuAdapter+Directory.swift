/// The contact calls user bindings need: accounts by address, and accounts by open_id.
extension FeishuAdapter {
    /// Addresses of each kind in one `batch_get_id` call, and open_ids in one
    /// `contact/v3/users/batch` call.
    package static let contactBatch = 50

    /// Every account each email and mobile matches, resigned ones included, 50 emails and 50
    /// mobiles a call.
    ///
    /// Mobiles go as given; Feishu wants `+` and the country code for any number outside
    /// mainland China, so E.164 suits every number. Each address asked for has an entry, empty
    /// when nothing matched.
    ///
    /// - Throws: `PlatformError` (99991672 without `contact:user.id:readonly`).
    package func accounts(emails: [String], mobiles: [String]) async throws -> FeishuAddressLookup {
        var lookup = FeishuAddressLookup()
        for email in emails { lookup.byEmail[email] = [] }
        for mobile in mobiles { lookup.byMobile[mobile] = [] }
        let calls = Self.batches(max(emails.count, mobiles.count))
        for index in 0..<calls {
            let body: [String: Any] = [
                "emails": Self.batch(emails, index), "mobiles": Self.batch(mobiles, index),
                "include_resigned": true,
            ]
            let answer = try await call(
                "contact.v3.user.batch_get_id", "POST", "contact/v3/users/batch_get_id",
                query: [("user_id_type", "open_id")], body: body,
                as: FeishuWire.AccountList.self)
            for entry in answer?.userList ?? [] {
                guard let user = entry.user else { continue }
                if let email = entry.email { lookup.byEmail[email, default: []].append(user) }
                if let mobile = entry.mobile { lookup.byMobile[mobile, default: []].append(user) }
            }
        }
        return lookup
    }

    /// The people with these open_ids, 50 a call; ids Feishu does not show (unknown, or
    /// outside the app's contact range) are left out.
    ///
    /// - Throws: `PlatformError` (99991672 without `contact:contact.base:readonly` or another
    ///   contact read scope).
    package func users(openIDs: [String]) async throws -> [FeishuUser] {
        var users: [FeishuUser] = []
        for index in 0..<Self.batches(openIDs.count) {
            let ids = Self.batch(openIDs, index).map { ("user_ids", $0) }
            let page = try await call(
                "contact.v3.user.batch", "GET", "contact/v3/users/batch",
                query: [("user_id_type", "open_id")] + ids, as: FeishuWire.UserBatch.self)
            users += (page?.items ?? []).map(\.model)
        }
        return users
    }

    private static func batches(_ count: Int) -> Int {
        (count + contactBatch - 1) / contactBatch
    }

    private static func batch(_ items: [String], _ index: Int) -> [String] {
        let start = min(items.count, index * contactBatch)
        return Array(items[start..<min(items.count, start + contactBatch)])
    }
}

extension FeishuWire {
    /// `status` of a contact answer.
    struct UserStatus: Decodable {
        var isFrozen: Bool?
        var isResigned: Bool?
        var isActivated: Bool?
        var isExited: Bool?
        var isUnjoin: Bool?

        var model: FeishuUser.Status {
            FeishuUser.Status(
                isFrozen: isFrozen ?? false, isResigned: isResigned ?? false,
                isActivated: isActivated ?? true, isExited: isExited ?? false,
                isUnjoined: isUnjoin ?? false)
        }
    }

    /// One `batch_get_id` entry: the address asked for, and the account when one matched.
    struct AccountEntry: Decodable {
        var userId: String?
        var email: String?
        var mobile: String?
        var status: UserStatus?

        var user: FeishuUser? {
            userId.map { FeishuUser(openID: $0, status: status?.model ?? FeishuUser.Status()) }
        }
    }

    struct AccountList: Decodable {
        var userList: [AccountEntry]?
    }

    /// A `contact/v3/users/batch` item.
    struct UserItem: Decodable {
        var openId: String
        var name: String?
        var email: String?
        var mobile: String?
        var status: UserStatus?

        var model: FeishuUser {
            FeishuUser(
                openID: openId, name: name ?? "", email: email, mobile: mobile,
                status: status?.model ?? FeishuUser.Status())
        }
    }

    struct UserBatch: Decodable {
        var items: [UserItem]?
    }
}
