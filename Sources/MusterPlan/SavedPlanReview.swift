/// Decides which changes of a saved plan may still be applied, by comparing it with a plan
/// made now from the same configuration.
///
/// A change is kept only when the object it acts on looks as it did when the plan was saved
/// (same fingerprint) and today's plan would make the same change. Anything else has moved:
/// the change is refused with a sentence saying how, and so is every change that depends on
/// it. A stale change is never applied silently.
package enum SavedPlanReview {
    /// A saved change that will not be applied, and why.
    package struct Refusal: Sendable, Hashable {
        package let change: Change
        package let reason: String
    }

    /// The saved plan's automatic changes split into those to apply and those refused.
    package static func review(
        saved: Plan, fresh: Plan
    ) -> (kept: [Change], refused: [Refusal]) {
        let current = Dictionary(
            fresh.changes.map { ($0.address, $0) }, uniquingKeysWith: { first, _ in first })
        var kept: [Change] = []
        var refused: [Refusal] = []
        var refusedAddresses: Set<ResourceAddress> = []
        for change in saved.changes where change.operation != nil {
            let reason =
                dependencyRefusal(change, refusedAddresses)
                ?? movement(change, saved: saved, now: current[change.address], fresh: fresh)
            guard let reason else {
                kept.append(change)
                continue
            }
            refused.append(Refusal(change: change, reason: reason))
            refusedAddresses.insert(change.address)
        }
        return (kept, refused)
    }

    private static func dependencyRefusal(
        _ change: Change, _ refused: Set<ResourceAddress>
    ) -> String? {
        guard let moved = change.dependsOn.first(where: refused.contains) else { return nil }
        return "it depends on \(moved), which moved"
    }

    /// How the object under a saved change has moved; nil when it has not.
    private static func movement(
        _ change: Change, saved: Plan, now: Change?, fresh: Plan
    ) -> String? {
        let key = change.address.description
        let then = saved.fingerprints[key] ?? "unknown"
        guard let now else {
            return "\(change.address) moved: it was \(then) when the plan was saved, and now "
                + "needs no change"
        }
        let current = fresh.fingerprints[key] ?? "unknown"
        if current != then {
            return "\(change.address) moved: it was \(then) when the plan was saved, and is "
                + "\(current) now"
        }
        if now.operation != change.operation {
            return "\(change.address) moved: the plan would now \(now.action.rawValue) it "
                + "differently"
        }
        return nil
    }
}
