import MusterModel

/// What one integration's IM platform said about the people its bindings look up.
///
/// The live layer fills it in with the platform's batch lookups: every key a binding needed is
/// present, with the accounts that matched it (none, one, or several when the platform holds
/// two accounts for one address), and every override's account is present by id (nil when the
/// platform does not have it). A method the platform refused (a missing scope) is recorded
/// once in `refusals` instead.
package struct ObservedDirectory: Sendable, Hashable {
    /// Accounts matching each address looked up.
    package var matches: [IdentityKey: [ObservedAccount]]
    /// Accounts looked up by id for overrides; nil when the platform has no such account.
    package var accounts: [String: ObservedAccount?]
    /// Lookup methods the platform refused, and why.
    package var refusals: [UserBinding.MatchMethod: LookupRefusal]

    package init(
        matches: [IdentityKey: [ObservedAccount]] = [:],
        accounts: [String: ObservedAccount?] = [:],
        refusals: [UserBinding.MatchMethod: LookupRefusal] = [:]
    ) {
        self.matches = matches
        self.accounts = accounts
        self.refusals = refusals
    }
}

/// An address looked up on an IM platform: an email (lowercased) or a phone (E.164).
package struct IdentityKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let method: UserBinding.MatchMethod
    package let value: String

    package init(_ method: UserBinding.MatchMethod, _ value: String) {
        self.method = method
        self.value = method == .email ? value.lowercased() : value
    }

    package var description: String { value }

    package static func < (lhs: IdentityKey, rhs: IdentityKey) -> Bool {
        (lhs.method.rawValue, lhs.value) < (rhs.method.rawValue, rhs.value)
    }
}

/// An account on an IM platform, as a lookup found it.
package struct ObservedAccount: Sendable, Hashable {
    /// Whether the account can be invited.
    package enum Status: String, Sendable, Hashable {
        case active
        /// Deactivated, disabled or frozen by an admin.
        case deactivated
        /// The person has left the organisation.
        case resigned
    }

    /// The platform's id: a Slack user id, a Feishu open_id, a DingTalk or WeCom userid.
    package var id: String
    package var name: String
    package var email: String?
    /// E.164, when the platform gave it.
    package var phone: String?
    package var status: Status
    /// False when the account is outside the app's visibility (the app may not invite it).
    package var isVisible: Bool

    package init(
        id: String, name: String = "", email: String? = nil, phone: String? = nil,
        status: Status = .active, isVisible: Bool = true
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.status = status
        self.isVisible = isVisible
    }
}

/// A lookup method the platform refused.
package struct LookupRefusal: Sendable, Hashable {
    /// The scope the platform said is missing, when it said.
    package var missingScope: String?
    /// The platform's refusal, as `Slack users.list: missing_scope`.
    package var message: String

    package init(missingScope: String?, message: String) {
        self.missingScope = missingScope
        self.message = message
    }
}
