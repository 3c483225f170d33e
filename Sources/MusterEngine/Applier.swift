import MusterLive
import MusterPlan

/// What happened to one change during an apply.
package enum ChangeResult: Sendable, Hashable {
    case applied(detail: String)
    case failed(String)
    /// Never sent, because an earlier change failed or its object moved.
    case notAttempted(String)
}

/// The result of an apply: each change's fate, and the ownership state it leaves.
package struct ApplyReport: Sendable {
    package var results: [(change: Change, result: ChangeResult)]
    package var state: OwnershipState

    /// Whether every change was applied.
    package var isComplete: Bool {
        results.allSatisfy { if case .applied = $0.result { true } else { false } }
    }

    package var appliedCount: Int {
        results.filter { if case .applied = $0.result { true } else { false } }.count
    }
}

/// Carries out a plan's changes in order against the service, with a journal.
///
/// Grants and revocations of one role are sent in batches of up to 100 members, one call per
/// batch. Every write's intent is journaled before it is sent and its outcome after, and the
/// ownership state is updated as each write succeeds. The first failure stops the apply: what
/// is left is reported as not attempted, and the next apply plans it again.
package struct Applier: Sendable {
    package static let batchSize = 100

    package let connections: LiveConnections
    package let journal: any ApplyJournal
    /// Told of each change once its outcome is known.
    package let progress: @Sendable (Change, ChangeResult) -> Void
    /// Asked before each batch; true stops the apply there (Ctrl-C, SIGTERM).
    package let shouldStop: @Sendable () -> Bool

    package init(
        connections: LiveConnections, journal: any ApplyJournal,
        shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (Change, ChangeResult) -> Void = { _, _ in }
    ) {
        self.connections = connections
        self.journal = journal
        self.shouldStop = shouldStop
        self.progress = progress
    }

    /// Applies the changes, which must be in plan order.
    package func apply(_ changes: [Change], state: OwnershipState) async -> ApplyReport {
        var report = ApplyReport(results: [], state: state)
        var remaining = changes[...]
        while let batch = Self.nextBatch(&remaining) {
            guard !shouldStop() else {
                for change in batch + remaining {
                    report.results.append((change, .notAttempted("interrupted")))
                    progress(change, .notAttempted("interrupted"))
                }
                break
            }
            let failure = await run(batch, report: &report)
            guard let failure else { continue }
            for change in remaining {
                report.results.append((change, .notAttempted("stopped after '\(failure)' failed")))
                progress(change, .notAttempted("stopped after an earlier failure"))
            }
            break
        }
        return report
    }

    /// Takes the next change, or a run of grants (or revocations) of one role.
    static func nextBatch(_ changes: inout ArraySlice<Change>) -> [Change]? {
        guard let first = changes.popFirst() else { return nil }
        var batch = [first]
        let limit = first.operation.map(Self.isLink) == true ? Int.max : batchSize
        while batch.count < limit, let next = changes.first,
            batchKey(next) != nil, batchKey(next) == batchKey(first)
        {
            batch.append(next)
            changes.removeFirst()
        }
        return batch
    }

    private static func batchKey(_ change: Change) -> String? {
        switch change.operation {
        case .grantRole(let role, _, _): return "grant:\(role)"
        case .revokeRole(let roleID, _, _, _): return "revoke:\(roleID)"
        case .linkMember(let integration, _, _, _, _): return "link:\(integration)"
        default: return nil
        }
    }

    /// One try-link call links every member of an integration it can, so links never split.
    private static func isLink(_ operation: ChangeOperation) -> Bool {
        if case .linkMember = operation { return true }
        return false
    }

    /// Runs one batch; returns the failed address when it fails.
    private func run(_ batch: [Change], report: inout ApplyReport) async -> ResourceAddress? {
        var sequences: [Int] = []
        do {
            for change in batch {
                guard let operation = change.operation else { continue }
                sequences.append(try journal.recordIntent(change.address, operation))
            }
        } catch {
            return fail(batch, "the journal could not be written: \(error)", report: &report)
        }
        do {
            let performed = try await perform(batch, state: report.state)
            let createdID = performed.createdID
            for (change, sequence) in zip(batch, sequences) {
                guard let operation = change.operation else { continue }
                report.state.record(operation, createdID: createdID, chatID: performed.chatID)
                try? journal.recordOutcome(sequence, .succeeded(createdID: createdID))
                let result = ChangeResult.applied(
                    detail: Self.detail(operation, createdID, newlyLinked: performed.newlyLinked))
                report.results.append((change, result))
                progress(change, result)
            }
            return nil
        } catch {
            if let partial = error as? PartlyOpenedRoom, let operation = batch.first?.operation {
                report.state.record(operation, chatID: partial.chatID)
            }
            let message = Self.describe(error, batch.first?.operation)
            for sequence in sequences { try? journal.recordOutcome(sequence, .failed(message)) }
            return fail(batch, message, report: &report)
        }
    }

    private func fail(
        _ batch: [Change], _ message: String, report: inout ApplyReport
    ) -> ResourceAddress? {
        for change in batch {
            report.results.append((change, .failed(message)))
            progress(change, .failed(message))
        }
        return batch.first?.address
    }

    /// An error as a person reads it: the platform and the call, then what it said.
    static func describe(_ error: any Error, _ operation: ChangeOperation?) -> String {
        if let error = error as? PlatformError { return error.description }
        if let error = error as? PartlyOpenedRoom { return error.description }
        return "Flashduty \(operation.map(call) ?? "call"): \(error)"
    }

    /// The Flashduty call an operation makes.
    static func call(_ operation: ChangeOperation) -> String {
        switch operation {
        case .createRole, .updateRole: return "/role/upsert"
        case .deleteRole: return "/role/delete"
        case .grantRole: return "/role/member/grant"
        case .revokeRole: return "/role/member/revoke"
        case .linkMember: return "/datasource/im/person/try-link"
        case .createWarRoom, .recreateWarRoom: return "/incident/war-room/create"
        case .dissolveWarRoom: return "/incident/war-room/delete"
        case .renameWarRoom, .setWarRoomTopic, .inviteToWarRoom, .removeFromWarRoom:
            return "(the IM platform)"
        case .adoptRole, .adoptGrant, .forgetRole, .forgetGrant, .forgetLink, .adoptWarRoom,
            .forgetWarRoom:
            return "(state only)"
        }
    }

    private static func detail(
        _ operation: ChangeOperation, _ createdID: Int?, newlyLinked: Set<Int>
    ) -> String {
        switch operation {
        case .linkMember(_, _, let memberID, _, let account):
            return newlyLinked.contains(memberID)
                ? "linked to \(account)" : "already linked (the service linked no one new)"
        case .forgetLink, .forgetWarRoom: return "forgotten"
        case .createWarRoom(let spec), .recreateWarRoom(let spec, _):
            return "opened '\(spec.name)'"
        case .adoptWarRoom: return "adopted"
        case .renameWarRoom(_, _, _, let name, _): return "renamed to '\(name)'"
        case .setWarRoomTopic: return "topic set"
        case .inviteToWarRoom(_, _, _, let accounts, _):
            return "invited \(accounts.joined(separator: ", "))"
        case .removeFromWarRoom(_, _, _, let accounts, _):
            return "removed \(accounts.joined(separator: ", "))"
        case .dissolveWarRoom: return "dissolved"
        case .createRole: return "created" + (createdID.map { " (id \($0))" } ?? "")
        case .updateRole: return "updated"
        case .deleteRole: return "deleted"
        case .grantRole: return "granted"
        case .revokeRole: return "revoked"
        case .adoptRole, .adoptGrant: return "adopted"
        case .forgetRole, .forgetGrant: return "forgotten"
        }
    }
}
