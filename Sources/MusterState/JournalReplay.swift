import Foundation
import MusterPlan

/// What a journal says about an apply that did not finish: each intended call, in order, and
/// what became of it.
///
/// A step without an outcome is pending: the process stopped during the call, so whether it
/// took effect is unknown until the live side is read again.
package struct JournalReplay: Sendable, Hashable {
    /// One intended call and what became of it.
    package struct Step: Sendable, Hashable {
        package let sequence: Int
        package let address: ResourceAddress
        package let operation: MusterPlan.ChangeOperation
        /// When the intent was recorded.
        package let intendedAt: Date
        /// Nil while pending.
        package var outcome: JournalEntry.Outcome?

        package init(
            sequence: Int, address: ResourceAddress, operation: MusterPlan.ChangeOperation,
            intendedAt: Date,
            outcome: JournalEntry.Outcome? = nil
        ) {
            self.sequence = sequence
            self.address = address
            self.operation = operation
            self.intendedAt = intendedAt
            self.outcome = outcome
        }

        /// Whether no outcome was recorded.
        package var isPending: Bool { outcome == nil }
    }

    /// The plan the apply was carrying out.
    package let planID: String
    package let startedAt: Date
    /// Every intent, by sequence.
    package let steps: [Step]
    /// Whether a torn last line, cut short by a crash, was ignored.
    package let ignoredTornLine: Bool

    package init(planID: String, startedAt: Date, steps: [Step], ignoredTornLine: Bool = false) {
        precondition(
            zip(steps, steps.dropFirst()).allSatisfy { $0.sequence < $1.sequence },
            "steps are in sequence order")
        self.planID = planID
        self.startedAt = startedAt
        self.steps = steps
        self.ignoredTornLine = ignoredTornLine
    }

    /// The steps whose calls may or may not have taken effect.
    package var pending: [Step] { steps.filter(\.isPending) }
}
