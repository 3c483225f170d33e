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
    package let operation: Operation
    package let status: Status

    package init(address: ResourceAddress, operation: Operation, status: Status) {
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
            observed.service.roles.map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        let members = Dictionary(
            observed.service.members.map { ($0.id, Set($0.roleIDs)) },
            uniquingKeysWith: { first, _ in first })
        for write in writes {
            switch write.status {
            case .succeeded(let createdID):
                state.record(write.operation, createdID: createdID)
            case .failed:
                continue
            case .pending:
                guard
                    let settled = settle(
                        write.operation, state: state, roles: rolesByName, members: members)
                else {
                    notes.append("\(write.address): did not take effect before the stop")
                    continue
                }
                state.record(write.operation, createdID: settled)
                notes.append("\(write.address): took effect before the stop")
            }
        }
        return (state, notes)
    }

    /// Whether an in-flight write's effect is live; for a create, the id it made.
    ///
    /// - Returns: nil when the effect is not there; otherwise the created id, or 0 when the
    ///   write created nothing.
    private static func settle(
        _ operation: Operation, state: OwnershipState, roles: [String: Int],
        members: [Int: Set<Int>]
    ) -> Int?? {
        switch operation {
        case .createRole(let name, _, _):
            return roles[name].map { .some($0) }
        case .updateRole(_, let name, _, _):
            return roles[name] != nil ? .some(nil) : nil
        case .deleteRole(_, let name):
            return roles[name] == nil ? .some(nil) : nil
        case .grantRole(let role, let memberID, _):
            let roleID = state.roles[role.name]?.id ?? roles[role.name]
            guard let roleID, members[memberID]?.contains(roleID) == true else { return nil }
            return .some(nil)
        case .revokeRole(let roleID, _, let memberID, _):
            return members[memberID]?.contains(roleID) == true ? nil : .some(nil)
        case .adoptRole, .adoptGrant, .forgetRole, .forgetGrant:
            return .some(nil)
        }
    }
}
