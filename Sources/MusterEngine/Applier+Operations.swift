import MusterLive
import MusterPlan

/// Why a change could not be sent.
package enum ApplyError: Error, Sendable, CustomStringConvertible {
    /// A grant names a role this apply was to create, and it does not exist.
    case roleNotCreated(String)
    /// An integration has no adapter (its credentials were not resolved).
    case noAdapter(String)

    package var description: String {
        switch self {
        case .roleNotCreated(let name): return "role '\(name)' was not created"
        case .noAdapter(let name): return "integration '\(name)' cannot be reached"
        }
    }
}

/// What one batch's call answered.
struct PerformedBatch {
    /// The id a create made.
    var createdID: Int?
    /// The members a try-link linked just now.
    var newlyLinked: Set<Int> = []
    /// The chat a war-room create opened.
    var chatID: String?
}

extension Applier {
    /// Sends one batch's call.
    func perform(_ batch: [Change], state: OwnershipState) async throws -> PerformedBatch {
        guard let operation = batch.first?.operation else { return PerformedBatch() }
        let service = connections.service
        switch operation {
        case .createRole(let name, let description, let permissionIDs):
            return PerformedBatch(createdID: try await createRole(name, description, permissionIDs))
        case .linkMember(_, let integrationID, _, _, _):
            let linked = try await service.tryLink(integrationID: Int(integrationID))
            return PerformedBatch(newlyLinked: Set(linked))
        case .updateRole(let roleID, let name, let description, let permissionIDs):
            _ = try await service.upsertRole(
                id: roleID, name: name, description: description, permissionIDs: permissionIDs)
        case .deleteRole(let roleID, _):
            try await service.deleteRole(roleID)
        case .grantRole(let role, _, _):
            try await service.grantRole(try roleID(role, state: state), to: memberIDs(batch))
        case .revokeRole(let roleID, _, _, _):
            try await service.revokeRole(roleID, from: memberIDs(batch))
        case .adoptRole, .adoptGrant, .forgetRole, .forgetGrant, .forgetLink, .adoptWarRoom,
            .forgetWarRoom:
            break
        case .createWarRoom, .recreateWarRoom, .renameWarRoom, .setWarRoomTopic, .inviteToWarRoom,
            .removeFromWarRoom, .dissolveWarRoom:
            return try await performWarRoom(operation)
        }
        return PerformedBatch()
    }

    /// Creates a role; when the answer is lost, reads the roles to learn whether it was made.
    private func createRole(
        _ name: String, _ description: String, _ permissionIDs: [Int]
    ) async throws -> Int {
        do {
            return try await connections.service.upsertRole(
                name: name, description: description, permissionIDs: permissionIDs)
        } catch TransportError.uncertain(let method, let reason) {
            let roles = try await connections.service.roles()
            guard let made = roles.first(where: { $0.roleName == name }) else {
                throw TransportError.uncertain(method: method, reason: reason)
            }
            return made.roleId
        }
    }

    private func roleID(_ role: RoleReference, state: OwnershipState) throws -> Int {
        switch role {
        case .id(let id, _): return id
        case .created(let name):
            guard let id = state.roles[name]?.id else { throw ApplyError.roleNotCreated(name) }
            return id
        }
    }

    private func memberIDs(_ batch: [Change]) -> [Int] {
        batch.compactMap { change in
            switch change.operation {
            case .grantRole(_, let memberID, _), .revokeRole(_, _, let memberID, _):
                return memberID
            default: return nil
            }
        }
    }
}
