extension OwnershipState {
    /// What the state records for an address, as `muster state show` prints it.
    package func entry(at address: ResourceAddress) -> PlanValue? {
        switch (address.type, address.keys.count) {
        case ("role", 1):
            guard let role = roles[address.keys[0]] else { return nil }
            return .object([
                "name": .string(address.keys[0]), "id": .int(role.id),
                "origin": .string(role.origin.rawValue),
            ])
        case ("role_grant", 2):
            guard let grant = grant(role: address.keys[0], email: address.keys[1]) else {
                return nil
            }
            return .object([
                "role": .string(address.keys[0]), "member": .string(grant.email),
                "member_id": .int(grant.memberID), "origin": .string(grant.origin.rawValue),
            ])
        case ("member_link", 2):
            guard let link = link(integration: address.keys[0], key: address.keys[1]) else {
                return nil
            }
            return .object([
                "integration": .string(address.keys[0]), "member": .string(link.email),
                "member_id": .int(link.memberID), "account": .string(link.accountID),
                "origin": .string(link.origin.rawValue),
            ])
        case ("war_room", 1):
            guard let room = rooms[address.keys[0]] else { return nil }
            return .object([
                "incident": .string(address.keys[0]), "num": .string(room.incidentNum),
                "integration": .string(room.integration), "chat": .string(room.chatID),
                "name": .string(room.name), "policy": .string(room.policy),
                "origin": .string(room.origin.rawValue),
            ])
        default:
            return nil
        }
    }

    /// Stops managing the object at an address, leaving it live as it is.
    ///
    /// - Returns: Whether the state held it.
    @discardableResult
    package mutating func remove(_ address: ResourceAddress) -> Bool {
        switch (address.type, address.keys.count) {
        case ("role", 1):
            return roles.removeValue(forKey: address.keys[0]) != nil
        case ("role_grant", 2):
            guard let grant = grant(role: address.keys[0], email: address.keys[1]) else {
                return false
            }
            removeGrant(role: address.keys[0], memberID: grant.memberID)
            return true
        case ("member_link", 2):
            guard let link = link(integration: address.keys[0], key: address.keys[1]) else {
                return false
            }
            record(.forgetLink(integration: address.keys[0], memberID: link.memberID))
            return true
        case ("war_room", 1):
            return rooms.removeValue(forKey: address.keys[0]) != nil
        default:
            return false
        }
    }

    /// The managed link of the member with an address key (email, phone or member id).
    private func link(integration: String, key: String) -> ManagedLink? {
        links[integration]?.values.first { $0.email == key || String($0.memberID) == key }
    }

    /// The managed grant of a role to the member with an email (or member id, as text).
    private func grant(role: String, email: String) -> ManagedGrant? {
        grants[role]?.values.first { $0.email == email || String($0.memberID) == email }
    }
}
