import Foundation
import MusterPlan

/// One line of the journal after its header: an intent to carry out an operation, or the
/// outcome of one.
///
/// An outcome line has the sequence, address and operation of its intent, and an `outcome`;
/// an intent line has no `outcome`. `time` is kept in whole seconds, as its ISO-8601 form
/// holds it, so an entry survives its round trip through JSON unchanged.
package struct JournalEntry: Sendable, Hashable, Codable {
    /// Whether a line announces a call or reports on one.
    package enum Phase: String, Sendable, Hashable, Codable {
        case intent, outcome
    }

    /// What became of a call.
    package enum Outcome: Sendable, Hashable, Codable {
        /// The call took effect; `createdID` is the id of what it created, if anything.
        case succeeded(createdID: Int?)
        /// The call was refused and changed nothing.
        case failed(message: String)
        /// The call may or may not have taken effect, as after a timeout; only reading the
        /// live side can tell.
        case uncertain(message: String)
    }

    package let sequence: Int
    package let phase: Phase
    package let address: ResourceAddress
    package let operation: MusterPlan.ChangeOperation
    /// Nil for an intent, set for an outcome.
    package let outcome: Outcome?
    package let time: Date

    package init(
        sequence: Int, phase: Phase, address: ResourceAddress,
        operation: MusterPlan.ChangeOperation,
        outcome: Outcome?, time: Date
    ) {
        precondition((phase == .outcome) == (outcome != nil), "only outcome lines have outcomes")
        precondition(sequence >= 1, "sequences start at 1")
        self.sequence = sequence
        self.phase = phase
        self.address = address
        self.operation = operation
        self.outcome = outcome
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sequence = try container.decode(Int.self, forKey: .sequence)
        phase = try container.decode(Phase.self, forKey: .phase)
        address = try container.decode(ResourceAddress.self, forKey: .address)
        operation = try container.decode(MusterPlan.ChangeOperation.self, forKey: .operation)
        outcome = try container.decodeIfPresent(Outcome.self, forKey: .outcome)
        time = try container.decode(Date.self, forKey: .time)
        guard (phase == .outcome) == (outcome != nil), sequence >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .outcome, in: container,
                debugDescription: "an outcome line needs an outcome and an intent has none")
        }
    }

    /// An intent line.
    package static func intent(
        sequence: Int, address: ResourceAddress, operation: MusterPlan.ChangeOperation, time: Date
    ) -> JournalEntry {
        JournalEntry(
            sequence: sequence, phase: .intent, address: address, operation: operation,
            outcome: nil, time: time)
    }

    /// An outcome line.
    package static func outcome(
        sequence: Int, address: ResourceAddress, operation: MusterPlan.ChangeOperation,
        outcome: Outcome,
        time: Date
    ) -> JournalEntry {
        JournalEntry(
            sequence: sequence, phase: .outcome, address: address, operation: operation,
            outcome: outcome, time: time)
    }
}
