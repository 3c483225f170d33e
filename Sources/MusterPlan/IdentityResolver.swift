import MusterModel

/// Which IM account one member is on one binding's platform, or why there is none.
package struct IdentityResolution: Sendable, Hashable {
    /// How the account was found.
    package enum Route: String, Sendable, Hashable, Codable {
        case override, email, phone
    }

    /// What resolving found.
    package enum Outcome: Sendable, Hashable {
        case resolved(ObservedAccount, route: Route, key: IdentityKey?)
        /// No account has any of the addresses tried.
        case notFound(tried: [IdentityKey])
        /// Two or more accounts have the same address.
        case ambiguous(IdentityKey, [ObservedAccount])
        case deactivated(ObservedAccount)
        case resigned(ObservedAccount)
        /// The account exists but the app may not see or invite it.
        case outsideVisibility(ObservedAccount)
        /// The platform refused the lookup, usually for a missing scope.
        case lookupRefused(UserBinding.MatchMethod, LookupRefusal)
        /// The override names an account the platform does not have.
        case overrideMissing(String)
        /// The member has no address the binding's match methods can use.
        case noAddress
    }

    package let binding: String
    package let integration: String
    package let platform: Platform
    package let member: ObservedMember
    package let outcome: Outcome

    /// The account, when the member resolved.
    package var account: ObservedAccount? {
        if case .resolved(let account, _, _) = outcome { return account }
        return nil
    }
}

/// Resolves every member a binding selects, from what the platform's lookups found.
///
/// An override always wins, and its account must exist. Otherwise the match methods are
/// tried in the binding's order: the first address with exactly one account decides; one with
/// several is ambiguous; an inactive or invisible account is reported as such rather than
/// skipped, because inviting it would fail the same way.
package struct IdentityResolver: Sendable {
    package init() {}

    /// Every member of every binding, in binding order and then member id order.
    package func resolve(
        _ configuration: Configuration, observed: ObservedState
    ) -> [IdentityResolution] {
        configuration.bindings.flatMap { binding -> [IdentityResolution] in
            guard let integration = configuration.integration(named: binding.integration.value)
            else { return [] }
            let scope = BindingScope(binding: binding, platform: integration.platform)
            let directory = observed.directories[integration.name] ?? ObservedDirectory()
            return scope.members(in: observed.service).map { member in
                IdentityResolution(
                    binding: binding.name, integration: integration.name,
                    platform: integration.platform, member: member,
                    outcome: outcome(member, scope, directory))
            }
        }
    }

    private func outcome(
        _ member: ObservedMember, _ scope: BindingScope, _ directory: ObservedDirectory
    ) -> IdentityResolution.Outcome {
        if let override = scope.override(for: member) {
            guard let found = directory.accounts[override.imUserId], let account = found else {
                return .overrideMissing(override.imUserId)
            }
            return judged(account, route: .override, key: nil)
        }
        let keys = scope.keys(for: member)
        guard !keys.isEmpty else { return .noAddress }
        var refusal: IdentityResolution.Outcome?
        for key in keys {
            if let refused = directory.refusals[key.method] {
                refusal = refusal ?? .lookupRefused(key.method, refused)
                continue
            }
            let accounts = directory.matches[key] ?? []
            if accounts.count > 1 { return .ambiguous(key, accounts.sorted { $0.id < $1.id }) }
            if let account = accounts.first {
                return judged(account, route: key.method == .email ? .email : .phone, key: key)
            }
        }
        return refusal ?? .notFound(tried: keys)
    }

    private func judged(
        _ account: ObservedAccount, route: IdentityResolution.Route, key: IdentityKey?
    ) -> IdentityResolution.Outcome {
        switch account.status {
        case .deactivated: return .deactivated(account)
        case .resigned: return .resigned(account)
        case .active:
            return account.isVisible
                ? .resolved(account, route: route, key: key)
                : .outsideVisibility(account)
        }
    }
}
