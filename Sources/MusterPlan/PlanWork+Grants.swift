import MusterDiagnostics
import MusterModel

/// One member a role is to be granted to, and the document line that asks for it.
struct WantedGrant {
    let member: ObservedMember
    let location: SourceLocation
}

extension PlanWork {
    /// Plans grants for every member the configuration names, and revocations of managed grants
    /// no document asks for any more.
    mutating func planGrants() {
        let wanted = wantedGrants()
        for role in wanted.keys.sorted() {
            guard let reference = roleReferences[role] else { continue }
            for (memberID, grant) in wanted[role] ?? [:] {
                planGrant(grant, memberID: memberID, role: reference)
            }
        }
        for (role, managed) in state.grants where !blockedRoles.contains(role) {
            let stillWanted = wanted[role] ?? [:]
            for grant in managed.values where stillWanted[grant.memberID] == nil {
                planRevoke(grant, role: role)
            }
        }
    }

    /// Every (role, member) pair the configuration asks for, with the first place that asks.
    private mutating func wantedGrants() -> [String: [Int: WantedGrant]] {
        var wanted: [String: [Int: WantedGrant]] = [:]
        for grant in desired.grants {
            guard case .role(let role) = grant.form,
                !blockedRoles.contains(role.role.value)
            else { continue }
            var members = wanted[role.role.value] ?? [:]
            for email in role.members {
                guard let member = member(email: email) else { continue }
                if members[member.id] == nil {
                    members[member.id] = WantedGrant(member: member, location: email.location)
                }
            }
            for team in role.teams {
                for member in teamMembers(team) where members[member.id] == nil {
                    members[member.id] = WantedGrant(member: member, location: team.location)
                }
            }
            wanted[role.role.value] = members
        }
        return wanted
    }

    private mutating func member(email: Located<String>) -> ObservedMember? {
        guard let member = index.membersByEmail[email.value.lowercased()] else {
            error(
                "unknown-member", "no member of the service has the email '\(email.value)'",
                at: email.location, notes: ["invite them in the service first, or fix the address"])
            return nil
        }
        guard member.status != "deleted" else {
            warning(
                "deleted-member", "member '\(email.value)' has been deleted from the service",
                at: email.location)
            return nil
        }
        return member
    }

    private mutating func teamMembers(_ team: Located<String>) -> [ObservedMember] {
        guard let found = index.teamsByName[team.value.lowercased()] else {
            let suggestion = Suggestion.closest(
                to: team.value, in: observed.service.teams.map(\.name))
            error(
                "unknown-team", "the service has no team '\(team.value)'", at: team.location,
                notes: suggestion.map { ["did you mean '\($0)'?"] } ?? [])
            return []
        }
        return found.memberIDs.compactMap { index.membersByID[$0] }
            .filter { $0.status != "deleted" }
    }

    private mutating func planGrant(_ grant: WantedGrant, memberID: Int, role: RoleReference) {
        let email = grant.member.email ?? String(memberID)
        let address = ResourceAddress("role_grant", role.name, email)
        let isManaged = state.grant(role: role.name, memberID: memberID) != nil
        let holds: Bool
        if case .id(let roleID, _) = role {
            holds = index.holds(memberID, role: roleID)
        } else {
            holds = false
        }
        let fingerprint = "member=\(memberID) holds=\(holds)"
        let value = grantValue(role: role.name, email: email, memberID: memberID)
        guard !holds else {
            guard !isManaged, options.adopt, case .id(let roleID, _) = role else { return }
            let change = Change(
                address: address, action: .adopt, before: value, after: value,
                reason: "adopting a grant made outside Muster", location: grant.location,
                dependsOn: dependencies(of: role.name),
                operation: .adoptGrant(
                    roleID: roleID, roleName: role.name, memberID: memberID, email: email))
            add(change, to: .grants, observed: fingerprint)
            return
        }
        let change = Change(
            address: address, action: .create, before: nil, after: value,
            reason: isManaged
                ? "Muster granted this role, but it was revoked outside Muster"
                : "the configuration grants this role",
            location: grant.location, dependsOn: dependencies(of: role.name),
            operation: .grantRole(role: role, memberID: memberID, email: email))
        add(change, to: .grants, observed: fingerprint)
    }

    private mutating func planRevoke(_ grant: OwnershipState.ManagedGrant, role: String) {
        let address = ResourceAddress("role_grant", role, grant.email)
        let roleID = state.roles[role]?.id ?? index.rolesByName[role]?.id
        let value = grantValue(role: role, email: grant.email, memberID: grant.memberID)
        guard let roleID, index.holds(grant.memberID, role: roleID) else {
            let change = Change(
                address: address, action: .forget, before: value, after: nil,
                reason: index.membersByID[grant.memberID] == nil
                    ? "the member has left the service" : "the grant was revoked outside Muster",
                location: nil,
                operation: .forgetGrant(roleName: role, memberID: grant.memberID))
            add(change, to: .forgets, observed: "member=\(grant.memberID) holds=false")
            return
        }
        let change = Change(
            address: address, action: .delete, before: value, after: nil,
            reason: "no document grants this role to this member any more", location: nil,
            operation: .revokeRole(
                roleID: roleID, roleName: role, memberID: grant.memberID, email: grant.email))
        add(change, to: .revocations, observed: "member=\(grant.memberID) holds=true")
    }

    private func dependencies(of role: String) -> [ResourceAddress] {
        changedRoles.contains(role) ? [ResourceAddress("role", role)] : []
    }

    private func grantValue(role: String, email: String, memberID: Int) -> PlanValue {
        .object([
            "role": .string(role), "member": .string(email), "member_id": .int(memberID),
        ])
    }
}
