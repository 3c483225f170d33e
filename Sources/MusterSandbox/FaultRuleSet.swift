/// The fault rules in force, in the order they were added.
package struct FaultRuleSet: Codable, Sendable, Equatable {
    package private(set) var rules: [FaultRule] = []

    package init() {}

    package mutating func add(_ rule: FaultRule) {
        rules.append(rule)
    }

    /// Removes the rules of a service (and method), or every rule when `service` is nil.
    package mutating func remove(service: String? = nil, method: String? = nil) {
        rules.removeAll { rule in
            guard let service else { return true }
            return rule.service == service && (method == nil || rule.method == method)
        }
    }

    /// Applies the matching rules to one request, spending one use of each that fires.
    package mutating func take(service: String, method: String) -> FaultOutcome {
        var outcome = FaultOutcome()
        for index in rules.indices where rules[index].matches(service: service, method: method) {
            if rules[index].kind == .latency {
                outcome.delayMilliseconds += rules[index].milliseconds ?? 0
            } else if outcome.fault == nil {
                outcome.fault = rules[index]
            } else {
                continue
            }
            rules[index].count = rules[index].count.map { $0 - 1 }
        }
        rules.removeAll { $0.count.map { $0 <= 0 } ?? false }
        return outcome
    }
}
