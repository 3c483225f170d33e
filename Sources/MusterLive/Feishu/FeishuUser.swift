/// A Feishu or Lark person as the contact API shows them: `batch_get_id` (id and status only)
/// or `contact/v3/users/batch` (name and, with the field scopes, email and mobile too).
package struct FeishuUser: Sendable, Equatable {
    /// The account states Feishu reports in `status`.
    package struct Status: Sendable, Equatable {
        package var isFrozen = false
        package var isResigned = false
        /// False until the person has activated the account.
        package var isActivated = true
        /// The person has left the tenant.
        package var isExited = false
        /// The person has not joined the tenant yet.
        package var isUnjoined = false

        package init(
            isFrozen: Bool = false, isResigned: Bool = false, isActivated: Bool = true,
            isExited: Bool = false, isUnjoined: Bool = false
        ) {
            self.isFrozen = isFrozen
            self.isResigned = isResigned
            self.isActivated = isActivated
            self.isExited = isExited
            self.isUnjoined = isUnjoined
        }
    }

    package var openID: String
    /// Empty when the call does not show names (`batch_get_id`).
    package var name: String
    package var email: String?
    package var mobile: String?
    package var status: Status

    package init(
        openID: String, name: String = "", email: String? = nil, mobile: String? = nil,
        status: Status = Status()
    ) {
        self.openID = openID
        self.name = name
        self.email = email
        self.mobile = mobile
        self.status = status
    }
}

/// Every account `batch_get_id` found for each address, by the address as it was sent.
///
/// An address Feishu does not match (unknown, or outside the app's contact range, which
/// Feishu does not tell apart) has an empty list; one that two accounts share has both.
package struct FeishuAddressLookup: Sendable, Equatable {
    package var byEmail: [String: [FeishuUser]] = [:]
    package var byMobile: [String: [FeishuUser]] = [:]

    package init(byEmail: [String: [FeishuUser]] = [:], byMobile: [String: [FeishuUser]] = [:]) {
        self.byEmail = byEmail
        self.byMobile = byMobile
    }
}
