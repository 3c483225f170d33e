import MusterDiagnostics
import MusterModel

extension PlanWork {
    /// The identity stage: resolves every bound member, reports who cannot be resolved and
    /// why, plans links for the rest, and flags the same person seen differently.
    mutating func planBindings() {
        let resolutions = IdentityResolver().resolve(desired, observed: observed)
        self.resolutions = resolutions
        identities = resolutions.map(PlanIdentity.init)
        for binding in desired.bindings {
            let own = resolutions.filter { $0.binding == binding.name }
            report(own, of: binding)
        }
        for resolution in resolutions {
            guard let integration = desired.integration(named: resolution.integration) else {
                continue
            }
            planLink(resolution, integration: integration)
        }
        planRetiredLinks(resolutions)
        flagCrossPlatformConflicts(resolutions)
    }

    private mutating func planLink(_ resolution: IdentityResolution, integration: Integration) {
        guard case .resolved(let account, let route, _) = resolution.outcome else { return }
        let member = resolution.member
        let email = member.handle
        let address = ResourceAddress("member_link", integration.name, email)
        let value = PlanValue.object([
            "member": .string(email), "account": .string(account.id),
            "via": .string(route.rawValue),
        ])
        if let managed = state.link(integration: integration.name, memberID: member.id) {
            guard managed.accountID != account.id else { return }
            let held = ResourceAddress("member_link", integration.name, managed.email)
            planRelink(resolution, managed: managed, account: account, address: held)
            return
        }
        guard route != .override, member.status == "enabled" else { return }
        guard isLinkable(member, to: account, on: integration.name) else { return }
        let change = Change(
            address: address, action: .create, before: nil, after: value,
            reason: "\(email) resolves to \(integration.platform.displayName) account "
                + "\(account.id) by \(route.rawValue)",
            location: bindingLocation(resolution),
            operation: .linkMember(
                integration: integration.name, integrationID: integration.integrationId,
                memberID: member.id, email: email, accountID: account.id))
        add(change, to: .links, observed: "linked_by_muster=false")
    }

    private mutating func planRelink(
        _ resolution: IdentityResolution, managed: OwnershipState.ManagedLink,
        account: ObservedAccount, address: ResourceAddress
    ) {
        let platform = resolution.platform.displayName
        let email = managed.email
        let change = Change(
            address: address, action: .manual,
            before: .object(["member": .string(email), "account": .string(managed.accountID)]),
            after: .object(["member": .string(email), "account": .string(account.id)]),
            reason: "Muster linked \(email) to \(platform) account \(managed.accountID), but "
                + "they now resolve to \(account.id)",
            location: bindingLocation(resolution), operation: nil,
            instructions: "Flashduty has no API to change a member's link. Ask \(email) to "
                + "open the Flashduty app in \(platform) and sign in as \(account.id) (or "
                + "relink them from the integration's Linked Users tab), then run `muster "
                + "state rm '\(address)'` so Muster records the new link.")
        add(change, to: .links, observed: "account=\(managed.accountID)")
    }

    /// Managed links of members no binding covers any more: Muster stops managing them and
    /// never unlinks them.
    private mutating func planRetiredLinks(_ resolutions: [IdentityResolution]) {
        var covered: Set<String> = []
        for resolution in resolutions {
            covered.insert("\(resolution.integration)/\(resolution.member.id)")
        }
        for (integration, links) in state.links {
            for link in links.values where !covered.contains("\(integration)/\(link.memberID)") {
                let change = Change(
                    address: ResourceAddress("member_link", integration, link.email),
                    action: .forget, before: .object(["account": .string(link.accountID)]),
                    after: nil,
                    reason: "no binding covers \(link.email) any more; the link is left as it is",
                    location: nil,
                    operation: .forgetLink(integration: integration, memberID: link.memberID))
                add(change, to: .forgets, observed: "account=\(link.accountID)")
            }
        }
    }

    /// Whether one-click link can match the member to the account: by a verified address of
    /// theirs that resolves to it.
    func isLinkable(
        _ member: ObservedMember, to account: ObservedAccount, on integration: String
    )
        -> Bool
    {
        let directory = observed.directories[integration]
        func leadsThere(_ key: IdentityKey?) -> Bool {
            guard let key else { return false }
            return directory?.matches[key]?.contains { $0.id == account.id } == true
        }
        let email = member.email.flatMap { $0.isEmpty ? nil : IdentityKey(.email, $0) }
        let phone = member.phone.map { IdentityKey(.phone, $0) }
        return (member.isEmailVerified && leadsThere(email))
            || (member.isPhoneVerified && leadsThere(phone))
    }

    private func bindingLocation(_ resolution: IdentityResolution) -> SourceLocation? {
        desired.bindings.first { $0.name == resolution.binding }?.metadata.location
    }
}
