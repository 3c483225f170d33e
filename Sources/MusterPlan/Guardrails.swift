/// The safety rules a plan must pass before apply may act on it.
///
/// They live in the engine, not in a renderer: a plan that would delete or revoke more than a
/// threshold share of a kind's managed objects is blocked unless `--allow-destroy` is given,
/// and a plan that would leave the service with no admin is always blocked.
struct Guardrails {
    let options: PlanOptions

    func violations(
        of changes: [Change], state: OwnershipState, observed: ObservedState
    ) -> [GuardrailViolation] {
        var violations: [GuardrailViolation] = []
        if !options.allowDestroy { violations += destroyViolations(changes, state: state) }
        if let lastAdmin = lastAdminViolation(changes, observed: observed) {
            violations.append(lastAdmin)
        }
        return violations
    }

    private func destroyViolations(
        _ changes: [Change], state: OwnershipState
    ) -> [GuardrailViolation] {
        let managed = [
            "role": state.roles.count,
            "role_grant": state.grants.values.reduce(0) { $0 + $1.count },
        ]
        var destroyed: [String: Int] = [:]
        for change in changes where change.action.isDestructive {
            destroyed[change.address.type, default: 0] += 1
        }
        return destroyed.keys.sorted().compactMap { type in
            let count = destroyed[type] ?? 0
            let total = managed[type] ?? 0
            guard total >= options.destroyMinimum,
                Double(count) > options.destroyThreshold * Double(total)
            else { return nil }
            let percent = Int((options.destroyThreshold * 100).rounded())
            return GuardrailViolation(
                rule: "destroy-threshold",
                message: "this plan deletes \(count) of the \(total) \(type) objects Muster "
                    + "manages, more than \(percent)%",
                override: "--allow-destroy")
        }
    }

    /// The Admin role's holders, minus those the plan revokes it from, must not be none.
    private func lastAdminViolation(
        _ changes: [Change], observed: ObservedState
    ) -> GuardrailViolation? {
        guard let admin = observed.service.roles.first(where: { $0.name == "Admin" }) else {
            return nil
        }
        var revoked: Set<Int> = []
        for change in changes {
            if case .revokeRole(let roleID, _, let memberID, _) = change.operation,
                roleID == admin.id
            {
                revoked.insert(memberID)
            }
        }
        guard !revoked.isEmpty else { return nil }
        let remaining = observed.service.members.filter {
            $0.status == "enabled" && $0.roleIDs.contains(admin.id) && !revoked.contains($0.id)
        }
        guard remaining.isEmpty else { return nil }
        return GuardrailViolation(
            rule: "last-admin",
            message: "this plan revokes Admin from every member who holds it, which would "
                + "lock everyone out of the service",
            override: nil)
    }
}
