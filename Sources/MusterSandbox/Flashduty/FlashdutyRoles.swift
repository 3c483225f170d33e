/// The /role/* calls; the preset roles Admin, Responder and Viewer cannot be changed.
enum FlashdutyRoles {
    static func list(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        var roles = world.flashduty.roles
        if try call.bool("asc") == false { roles.reverse() }
        return [
            "total": .integer(roles.count), "items": .array(roles.map(FlashdutyRendering.role)),
        ]
    }

    static func info(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let index = try world.flashduty.roleIndex(call.requiredInt("role_id"))
        return FlashdutyRendering.role(world.flashduty.roles[index])
    }

    /// Creates a role without `role_id`, else replaces the name and permissions.
    static func upsert(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let name = try call.requiredString("role_name")
        guard name.count <= 39 else { throw call.notValid("role_name") }
        let permissions = try call.ints("permission_ids") ?? []
        let known = FlashdutyPermission.catalog.map(\.id)
        guard permissions.allSatisfy(known.contains) else { throw call.notValid("permission_ids") }
        let id = try call.int("role_id") ?? 0
        let description = try call.string("description") ?? ""
        guard !world.flashduty.roles.contains(where: { $0.name == name && $0.id != id }) else {
            throw .invalid("The role name \(name) already exists.")
        }
        let now = Int(call.now)
        if id == 0 {
            let newID = 100 + world.flashduty.nextSequence()
            world.flashduty.roles.append(
                .init(
                    id: newID, name: name, description: description, isEnabled: true,
                    permissionIds: permissions, isPreset: false, createdAt: now, updatedAt: now))
            return ["role_id": .integer(newID), "role_name": .string(name)]
        }
        let index = try editableRole(id, in: world.flashduty)
        world.flashduty.roles[index].name = name
        world.flashduty.roles[index].permissionIds = permissions
        world.flashduty.roles[index].description = description
        world.flashduty.roles[index].updatedAt = now
        return ["role_id": .integer(id), "role_name": .string(name)]
    }

    static func enable(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        try setEnabled(true, &world, call)
    }

    static func disable(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        try setEnabled(false, &world, call)
    }

    /// Deleting a role still granted to a member is blocked with `ReferenceExist`.
    static func delete(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let id = try call.requiredInt("role_id")
        let index = try editableRole(id, in: world.flashduty)
        guard !world.flashduty.members.contains(where: { $0.roleIds.contains(id) }) else {
            throw FlashdutyFailure("ReferenceExist", "The role \(id) is still granted to members.")
        }
        world.flashduty.roles.remove(at: index)
        return [:]
    }

    static func permissionList(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let roleIds = try call.ints("role_ids") ?? []
        let granted = Set(
            world.flashduty.roles.filter { roleIds.contains($0.id) }.flatMap(\.permissionIds))
        let withAll = try call.bool("with_all") ?? roleIds.isEmpty
        let shown = FlashdutyPermission.catalog.filter { withAll || granted.contains($0.id) }
        return [
            "items": .array(
                shown.map { permission in
                    [
                        "id": .integer(permission.id), "permission_name": .string(permission.name),
                        "description": .string("Grants \(permission.name.lowercased())."),
                        "permission_type": .string(permission.type),
                        "class": .string(permission.permissionClass),
                        "scope": .string(permission.scope),
                        "status": "enabled", "is_granted": .bool(granted.contains(permission.id)),
                    ]
                })
        ]
    }

    static func grant(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let (role, members) = try grantee(world.flashduty, call)
        for index in world.flashduty.members.indices
        where members.contains(world.flashduty.members[index].id) {
            if !world.flashduty.members[index].roleIds.contains(role) {
                world.flashduty.members[index].roleIds.append(role)
                world.flashduty.members[index].updatedAt = Int(call.now)
            }
        }
        return [:]
    }

    static func revoke(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let (role, members) = try grantee(world.flashduty, call)
        for index in world.flashduty.members.indices
        where members.contains(world.flashduty.members[index].id) {
            world.flashduty.members[index].roleIds.removeAll { $0 == role }
            world.flashduty.members[index].updatedAt = Int(call.now)
        }
        return [:]
    }

    private static func grantee(
        _ world: FlashdutyWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> (Int, [Int]) {
        let role = try call.requiredInt("role_id")
        let members = try call.requiredInts("member_ids")
        _ = try world.roleIndex(role)
        try world.checkMembers(members, field: "member_ids")
        return (role, members)
    }

    private static func setEnabled(
        _ isEnabled: Bool, _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let index = try editableRole(call.requiredInt("role_id"), in: world.flashduty)
        world.flashduty.roles[index].isEnabled = isEnabled
        world.flashduty.roles[index].updatedAt = Int(call.now)
        return [:]
    }

    private static func editableRole(
        _ id: Int, in world: FlashdutyWorld
    ) throws(FlashdutyFailure) -> Int {
        let index = try world.roleIndex(id)
        guard !world.roles[index].isPreset else {
            throw .denied("The preset role \(world.roles[index].name) cannot be changed.")
        }
        return index
    }
}
