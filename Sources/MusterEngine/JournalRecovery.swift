import MusterPlan

/// One write an earlier apply journaled, and how far it got.
package struct JournaledWrite: Sendable, Hashable {
    /// How far a journaled write got.
    package enum Status: Sendable, Hashable {
        case succeeded(createdID: Int?)
        case failed
        /// Its intent was recorded and its outcome never was: the process stopped during it.
        case pending
    }

    package let address: ResourceAddress
    package let operation: ChangeOperation
    package let status: Status

    package init(address: ResourceAddress, operation: ChangeOperation, status: Status) {
        self.address = address
        self.operation = operation
        self.status = status
    }
}

/// Folds the journal of an apply that stopped part-way into the ownership state, so that the
/// next plan neither repeats what succeeded nor loses track of what it made.
///
/// A succeeded write is recorded as it is. A write that was in flight when the process stopped
/// is settled from the live side: if its effect is there (the role exists, the member holds
/// the role), Muster made it and manages it; otherwise it did not happen and the plan makes
/// it again. Recovery is a pure function of the journal, the state and the observed state.
package enum JournalRecovery {
    /// The state with the journal's writes folded in, and a note for each settled write.
    package static func recover(
        _ writes: [JournaledWrite], into state: OwnershipState, observed: ObservedState
    ) -> (state: OwnershipState, notes: [String]) {
        var state = state
        var notes: [String] = []
        let rolesByName = Dictionary(
            observed.service.roles.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first }
        )
        let members = Dictionary(
            observed.service.members.map { ($0.id, Set($0.roleIDs)) },
            uniquingKeysWith: { first, _ in first })
        for write in writes {
            if let note = settleRoom(write, into: &state, observed: observed) {
                notes.append(note)
                continue
            }
            switch write.status {
            case .succeeded(let createdID):
                state.record(write.operation, createdID: createdID)
            case .failed:
                continue
            case .pending:
                let settled = settle(
                    write.operation, state: state, roles: rolesByName, members: members)
                guard case .tookEffect(let createdID) = settled else {
                    notes.append("\(write.address): did not take effect before the stop")
                    continue
                }
                state.record(write.operation, createdID: createdID)
                notes.append("\(write.address): took effect before the stop")
            }
        }
        return (state, notes)
    }

    /// Settles a war-room create or dissolve from the service's war-room list, whatever the
    /// journal says: a create's chat id is not journaled, and a room opened before a later
    /// step failed is still Muster's. Nil for every other write.
    private static func settleRoom(
        _ write: JournaledWrite, into state: inout OwnershipState, observed: ObservedState
    ) -> String? {
        switch write.operation {
        case .createWarRoom(let spec), .recreateWarRoom(let spec, _):
            let room = observed.warRooms.first {
                $0.incidentID == spec.incidentID && $0.integrationID == spec.integrationID
                    && $0.isActive
            }
            guard let room else { return "\(write.address): no room was opened before the stop" }
            guard state.rooms[spec.incidentID]?.chatID != room.chatID else { return nil }
            state.record(write.operation, chatID: room.chatID)
            return "\(write.address): the room \(room.chatID) was opened before the stop"
        case .dissolveWarRoom(let incidentID, let integrationID, _, _):
            let isOpen = observed.warRooms.contains {
                $0.incidentID == incidentID && $0.integrationID == integrationID && $0.isActive
            }
            guard !isOpen else { return "\(write.address): the room is still open" }
            state.record(write.operation)
            return "\(write.address): the room was dissolved before the stop"
        default:
            return nil
        }
    }

    /// Whether an in-flight write's effect is on the live side.
    private enum Settlement {
        case tookEffect(createdID: Int?)
        case didNotTakeEffect
    }

    private static func settle(
        _ operation: ChangeOperation, state: OwnershipState, roles: [String: Int],
        members: [Int: Set<Int>]
    ) -> Settlement {
        let done = Settlement.tookEffect(createdID: nil)
        switch operation {
        case .createRole(let name, _, _):
            return roles[name].map { .tookEffect(createdID: $0) } ?? .didNotTakeEffect
        case .updateRole(_, let name, _, _):
            return roles[name] != nil ? done : .didNotTakeEffect
        case .deleteRole(_, let name):
            return roles[name] == nil ? done : .didNotTakeEffect
        case .grantRole(let role, let memberID, _):
            let roleID = state.roles[role.name]?.id ?? roles[role.name]
            guard let roleID, members[memberID]?.contains(roleID) == true else {
                return .didNotTakeEffect
            }
            return done
        case .revokeRole(let roleID, _, let memberID, _):
            return members[memberID]?.contains(roleID) == true ? .didNotTakeEffect : done
        case .linkMember:
            // The service lists no links; try-link is safe to send again, so plan it again.
            return .didNotTakeEffect
        case .createWarRoom, .recreateWarRoom, .renameWarRoom, .setWarRoomTopic,
            .inviteToWarRoom, .removeFromWarRoom, .dissolveWarRoom, .adoptWarRoom,
            .forgetWarRoom:
            // Settled by `settleRooms` from the service's war-room list.
            return .didNotTakeEffect
        case .adoptRole, .adoptGrant, .forgetRole, .forgetGrant, .forgetLink:
            return done
        }
    }
}
