import MusterLive
import MusterPlan

extension GrantScenario {
    /// Creates the roles that already exist, grants them to their holders through the service's
    /// own calls, and returns what Muster's state says it manages.
    ///
    /// - Throws: `PlatformError` or `TransportError` when the service refuses a call.
    func prepare(_ service: FlashdutyAdapter) async throws -> OwnershipState {
        let catalog = try await service.permissions()
        let permissionIDs = Dictionary(
            catalog.map { ($0.permissionName, $0.id) }, uniquingKeysWith: { first, _ in first })
        var state = OwnershipState(lineage: "plan-bench")
        for role in roles {
            guard let live = role.livePermissions else { continue }
            let id = try await service.upsertRole(
                name: role.name, description: Self.description(of: role),
                permissionIDs: live.compactMap { permissionIDs[$0] })
            state.roles[role.name] = OwnershipState.ManagedRole(id: id, origin: .created)
            try await service.grantRole(id, to: holders(of: role))
            for memberID in managed(of: role) {
                state.recordGrant(
                    role: role.name,
                    OwnershipState.ManagedGrant(
                        memberID: memberID, email: emails[memberID] ?? "", origin: .created))
            }
        }
        return state
    }

    /// The members who hold the role live: part of those wanted, and the retired ones.
    private func holders(of role: Role) -> [Int] {
        role.wantedIDs.enumerated().filter { role.holds($0.offset) }.map(\.element)
            + role.retiredIDs
    }

    /// The members whose grant of the role Muster's state lists.
    private func managed(of role: Role) -> [Int] {
        role.wantedIDs.enumerated().filter { role.isManaged($0.offset) }.map(\.element)
            + role.retiredIDs
    }
}
