import MusterDiagnostics
import MusterModel

/// What a plan is asked for, beyond the two states.
package struct PlanOptions: Sendable, Hashable {
    /// Take over existing objects that match the configuration (`--adopt`).
    package var adopt: Bool
    /// Let a plan through the destroy guardrail (`--allow-destroy`).
    package var allowDestroy: Bool
    /// Report members who cannot be resolved as errors (`--strict-bindings`).
    package var strictBindings: Bool
    /// Plan only these addresses and what they depend on; empty plans everything.
    package var targets: [ResourceAddress]
    /// The share of a kind's managed objects a plan may delete before it is blocked.
    package var destroyThreshold: Double
    /// The guardrail applies once a kind has at least this many managed objects.
    package var destroyMinimum: Int
    /// The time the plan is made at, in Unix seconds, for war-room dissolve delays.
    package var now: Double
    /// Hold back binding and grant changes that would affect a room of an open incident
    /// (`--respect-incidents`).
    package var respectIncidents: Bool
    /// Each platform's published rate, for the cost estimate.
    package var rates: [String: CallRate]
    /// Calls made to read the live side, by platform, shown beside the cost.
    package var readCalls: [String: Int]

    package init(
        adopt: Bool = false, allowDestroy: Bool = false, strictBindings: Bool = false,
        targets: [ResourceAddress] = [], now: Double = 0, respectIncidents: Bool = false,
        destroyThreshold: Double = 0.3, destroyMinimum: Int = 10, rates: [String: CallRate] = [:],
        readCalls: [String: Int] = [:]
    ) {
        self.adopt = adopt
        self.allowDestroy = allowDestroy
        self.strictBindings = strictBindings
        self.targets = targets
        self.now = now
        self.respectIncidents = respectIncidents
        self.destroyThreshold = destroyThreshold
        self.destroyMinimum = destroyMinimum
        self.rates = rates
        self.readCalls = readCalls
    }
}

/// A platform's published rate: a burst, then a steady number of calls a second.
package struct CallRate: Sendable, Hashable {
    package var burst: Double
    package var perSecond: Double

    package init(burst: Double, perSecond: Double) {
        precondition(perSecond > 0, "a rate must be positive")
        self.burst = burst
        self.perSecond = perSecond
    }
}

/// Turns the desired state, the observed state and what Muster manages into a plan.
///
/// The planner is a pure function: it reads nothing and sends nothing, so equal inputs always
/// give an equal plan. Stages run in a fixed order (integrations, app scopes, roles, grants,
/// revocations, deletions), and each stage's changes are sorted by address, so the plan's
/// order is also the order apply may carry it out in: every change comes after what it
/// depends on.
package struct Planner: Sendable {
    package let options: PlanOptions

    package init(options: PlanOptions = PlanOptions()) {
        self.options = options
    }

    /// The plan that makes the live side match the configuration.
    package func plan(
        desired: Configuration, observed: ObservedState, state: OwnershipState
    ) -> Plan {
        var work = PlanWork(
            desired: desired, observed: observed, state: state, options: options)
        work.planIntegrations()
        work.planAppScopes()
        work.planRoles()
        work.planGrants()
        work.planBindings()
        work.planRooms()
        work.planRetiredRoles()
        work.guardOpenIncidents()

        var plan = work.finish()
        plan.changes = TargetFilter(targets: options.targets).apply(to: plan.changes)
        plan.guardrails = Guardrails(options: options).violations(
            of: plan.changes, state: state, observed: observed)
        plan.cost = CostEstimator(rates: options.rates, readCalls: options.readCalls)
            .cost(of: plan.changes)
        let planned = Set(plan.changes.map(\.address.description))
        plan.fingerprints = work.fingerprints.filter { planned.contains($0.key) }
        return plan
    }
}
