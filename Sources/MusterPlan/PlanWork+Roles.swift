import MusterDiagnostics
import MusterModel

extension PlanWork {
    /// Plans each custom role a grant declares, and finds the preset roles grants name.
    mutating func planRoles() {
        for grant in desired.grants {
            guard case .role(let role) = grant.form else { continue }
            if let permissions = role.permissions {
                planDeclaredRole(role, permissions: permissions, document: grant.name)
            } else if roleReferences[role.role.value] == nil {
                referenceExistingRole(role)
            }
        }
    }

    /// A role the grant uses without declaring it: a preset, which must exist live.
    private mutating func referenceExistingRole(_ role: RoleGrant) {
        let name = role.role.value
        if let live = index.rolesByName[name] {
            roleReferences[name] = .id(live.id, name: name)
        } else if !blockedRoles.contains(name) {
            blockedRoles.insert(name)
            error(
                "unknown-role", "the service has no role '\(name)'", at: role.role.location,
                notes: ["preset roles are Admin, Responder and Viewer"])
        }
    }

    private mutating func planDeclaredRole(
        _ role: RoleGrant, permissions: [Located<String>], document: String
    ) {
        let name = role.role.value
        guard let permissionIDs = resolvePermissions(permissions) else {
            blockedRoles.insert(name)
            return
        }
        let wanted = ObservedRole(
            id: 0, name: name, description: role.description ?? "", permissionIDs: permissionIDs)
        if let managed = state.roles[name] {
            planManagedRole(wanted, managed: managed, location: role.role.location)
        } else if let live = index.rolesByName[name] {
            planUnmanagedRole(wanted, live: live, location: role.role.location)
        } else {
            planRoleCreate(
                wanted, reason: "the configuration declares this role",
                location: role.role.location)
        }
    }

    private mutating func planManagedRole(
        _ wanted: ObservedRole, managed: OwnershipState.ManagedRole, location: SourceLocation
    ) {
        guard let live = index.rolesByID[managed.id] else {
            planRoleCreate(
                wanted, reason: "Muster manages this role, but it was deleted outside Muster",
                location: location)
            return
        }
        roleReferences[wanted.name] = .id(live.id, name: wanted.name)
        guard differs(live, wanted) else { return }
        changedRoles.insert(wanted.name)
        let change = Change(
            address: ResourceAddress("role", wanted.name), action: .update,
            before: roleValue(live), after: roleValue(wanted),
            reason: "the role differs from its declaration", location: location,
            operation: updateOperation(live.id, wanted))
        add(change, to: .roles, observed: roleValue(live).canonicalText)
    }

    private mutating func planUnmanagedRole(
        _ wanted: ObservedRole, live: ObservedRole, location: SourceLocation
    ) {
        guard options.adopt else {
            blockedRoles.insert(wanted.name)
            error(
                "unmanaged-role",
                "role '\(wanted.name)' already exists in the service (id \(live.id)) and Muster "
                    + "does not manage it",
                at: location,
                notes: ["run with --adopt to take it over, or rename the role here"])
            return
        }
        roleReferences[wanted.name] = .id(live.id, name: wanted.name)
        changedRoles.insert(wanted.name)
        let changesToo = differs(live, wanted)
        let change = Change(
            address: ResourceAddress("role", wanted.name), action: .adopt,
            before: roleValue(live), after: roleValue(wanted),
            reason: changesToo
                ? "adopting the existing role, and updating it to its declaration"
                : "adopting the existing role, which matches its declaration",
            location: location,
            operation: changesToo
                ? updateOperation(live.id, wanted) : .adoptRole(roleID: live.id, name: live.name))
        add(change, to: .roles, observed: roleValue(live).canonicalText)
    }

    private mutating func planRoleCreate(
        _ wanted: ObservedRole, reason: String, location: SourceLocation
    ) {
        roleReferences[wanted.name] = .created(name: wanted.name)
        changedRoles.insert(wanted.name)
        let change = Change(
            address: ResourceAddress("role", wanted.name), action: .create, before: nil,
            after: roleValue(wanted), reason: reason, location: location,
            operation: .createRole(
                name: wanted.name, description: wanted.description,
                permissionIDs: wanted.permissionIDs))
        add(change, to: .roles, observed: "absent")
    }

    /// Plans the removal of managed roles that no document declares any more.
    mutating func planRetiredRoles() {
        let declared = Set(
            desired.grants.compactMap { grant -> String? in
                guard case .role(let role) = grant.form, role.permissions != nil else { return nil }
                return role.role.value
            })
        for (name, managed) in state.roles where !declared.contains(name) {
            planRetiredRole(name, managed: managed)
        }
    }

    private mutating func planRetiredRole(_ name: String, managed: OwnershipState.ManagedRole) {
        let address = ResourceAddress("role", name)
        guard let live = index.rolesByID[managed.id] else {
            let change = Change(
                address: address, action: .forget, before: nil, after: nil,
                reason: "Muster managed this role, but it was deleted outside Muster",
                location: nil, operation: .forgetRole(name: name))
            add(change, to: .forgets, observed: "absent")
            return
        }
        let managedHolders = Set((state.grants[name] ?? [:]).values.map(\.memberID))
        let others = (index.holders[live.id] ?? []).subtracting(managedHolders)
        guard others.isEmpty else {
            error(
                "role-still-granted",
                "role '\(name)' is no longer declared, but \(others.count) member(s) Muster did "
                    + "not grant still hold it, so it cannot be deleted",
                at: nil,
                notes: ["revoke it from them in the console, or declare the role again"])
            return
        }
        let revokes = managedHolders.sorted().compactMap { memberID -> ResourceAddress? in
            guard let grant = state.grant(role: name, memberID: memberID) else { return nil }
            return ResourceAddress("role_grant", name, grant.email)
        }
        let change = Change(
            address: address, action: .delete, before: roleValue(live), after: nil,
            reason: "no document declares this role any more", location: nil,
            dependsOn: revokes, operation: .deleteRole(roleID: live.id, name: name))
        add(change, to: .deletions, observed: roleValue(live).canonicalText)
    }

    /// The ids of permission names, or nil after reporting each unknown one.
    private mutating func resolvePermissions(_ permissions: [Located<String>]) -> [Int]? {
        var ids: [Int] = []
        var isComplete = true
        for permission in permissions {
            if let found = index.permissionsByName[permission.value.lowercased()] {
                ids.append(found.id)
                continue
            }
            isComplete = false
            let names = observed.service.permissions.map(\.name)
            let suggestion = Suggestion.closest(to: permission.value, in: names)
            error(
                "unknown-permission",
                "the service has no permission '\(permission.value)'", at: permission.location,
                notes: suggestion.map { ["did you mean '\($0)'?"] } ?? [])
        }
        return isComplete ? Array(Set(ids)).sorted() : nil
    }

    private func differs(_ live: ObservedRole, _ wanted: ObservedRole) -> Bool {
        live.name != wanted.name || live.description != wanted.description
            || Set(live.permissionIDs) != Set(wanted.permissionIDs)
    }

    private func updateOperation(_ id: Int, _ wanted: ObservedRole) -> ChangeOperation {
        .updateRole(
            roleID: id, name: wanted.name, description: wanted.description,
            permissionIDs: wanted.permissionIDs)
    }

    /// A role as plans show it: permissions by name, sorted.
    func roleValue(_ role: ObservedRole) -> PlanValue {
        let names = role.permissionIDs.map { index.permissionsByID[$0]?.name ?? "#\($0)" }
        return .object([
            "name": .string(role.name), "description": .string(role.description),
            "permissions": .strings(names.sorted()),
        ])
    }
}
