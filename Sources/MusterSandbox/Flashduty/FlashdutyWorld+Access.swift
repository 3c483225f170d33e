extension FlashdutyWorld {
    /// The member an app key acts for.
    ///
    /// - Throws: `Unauthorized` for a missing, unknown or revoked key.
    func authenticate(_ key: String?) throws(FlashdutyFailure) -> Int {
        guard let key, let found = appKeys.first(where: { $0.key == key }), !found.isRevoked,
            member(found.memberId) != nil
        else { throw FlashdutyFailure("Unauthorized", "You are unauthorized.") }
        return found.memberId
    }

    /// A member by id.
    func member(_ id: Int) -> Member? {
        members.first { $0.id == id }
    }

    /// The index of an incident by id.
    ///
    /// - Throws: `ResourceNotFound`, which Flashduty answers with HTTP 400.
    func incidentIndex(_ id: String) throws(FlashdutyFailure) -> Int {
        guard let index = incidents.firstIndex(where: { $0.id == id }) else {
            throw .notFound("The incident \(id) was not found.")
        }
        return index
    }

    /// The index of an integration by id.
    func integrationIndex(_ id: Int) throws(FlashdutyFailure) -> Int {
        guard let index = integrations.firstIndex(where: { $0.id == id }) else {
            throw .notFound("The integration \(id) was not found.")
        }
        return index
    }

    /// The index of a role by id.
    func roleIndex(_ id: Int) throws(FlashdutyFailure) -> Int {
        guard let index = roles.firstIndex(where: { $0.id == id }) else {
            throw .notFound("The role \(id) was not found.")
        }
        return index
    }

    /// Whether the member's enabled roles grant a permission.
    func memberHasPermission(_ memberId: Int, _ permission: Int) -> Bool {
        guard let member = member(memberId) else { return false }
        return roles.contains { role in
            role.isEnabled && member.roleIds.contains(role.id)
                && role.permissionIds.contains(permission)
        }
    }

    /// Checks that every id names a member.
    func checkMembers(_ ids: [Int], field: String) throws(FlashdutyFailure) {
        for id in ids where member(id) == nil {
            throw .invalid("The specified parameter \(field) is not valid: member \(id) not found.")
        }
    }

    /// The IM user a member is linked to on an integration.
    func imUser(of memberId: Int, on integration: Integration) -> String? {
        integration.links.first { $0.memberId == memberId }?.imUserId
    }

    /// A fresh number for ids.
    mutating func nextSequence() -> Int {
        sequence += 1
        return sequence
    }
}
