/// Counts the calls a plan's changes make when applied, and how long the platforms' published
/// rate limits make them take.
struct CostEstimator {
    /// Members one `/role/member/grant` or `/role/member/revoke` call carries.
    static let grantBatch = 100

    let rates: [String: CallRate]
    let readCalls: [String: Int]

    func cost(of changes: [Change]) -> PlanCost {
        let calls = ["flashduty": flashdutyCalls(changes)]
        let platforms = Set(calls.keys).union(readCalls.keys).sorted()
        return PlanCost(
            platforms: platforms.compactMap { platform in
                let count = calls[platform] ?? 0
                let reads = readCalls[platform] ?? 0
                guard count > 0 || reads > 0 else { return nil }
                return PlanCost.Platform(
                    platform: platform, calls: count, seconds: seconds(count, on: platform),
                    readCalls: reads)
            })
    }

    /// Role changes are one call each; grants and revokes go in batches per role; one
    /// try-link per integration links all its members.
    private func flashdutyCalls(_ changes: [Change]) -> Int {
        var calls = 0
        var grants: [String: Int] = [:]
        var revokes: [String: Int] = [:]
        var linkedIntegrations: Set<String> = []
        for change in changes {
            switch change.operation {
            case .linkMember(let integration, _, _, _, _): linkedIntegrations.insert(integration)
            case .createRole, .updateRole, .deleteRole: calls += 1
            case .grantRole(let role, _, _): grants[role.name, default: 0] += 1
            case .revokeRole(_, let role, _, _): revokes[role, default: 0] += 1
            default: break
            }
        }
        calls += linkedIntegrations.count
        for count in Array(grants.values) + Array(revokes.values) {
            calls += (count + Self.grantBatch - 1) / Self.grantBatch
        }
        return calls
    }

    /// The time the calls take once the platform's burst is spent.
    private func seconds(_ calls: Int, on platform: String) -> Double {
        guard let rate = rates[platform], calls > 0 else { return 0 }
        let waited = max(0, Double(calls) - rate.burst)
        return waited / rate.perSecond
    }
}

/// Keeps the changes `--target` names, with everything they depend on.
struct TargetFilter {
    let targets: [ResourceAddress]

    func apply(to changes: [Change]) -> [Change] {
        guard !targets.isEmpty else { return changes }
        let byAddress = Dictionary(
            changes.map { ($0.address, $0) }, uniquingKeysWith: { first, _ in first })
        var kept: Set<ResourceAddress> = []
        var pending = changes.filter { change in
            targets.contains { change.address.isWithin($0) }
        }.map(\.address)
        while let address = pending.popLast() {
            guard kept.insert(address).inserted else { continue }
            pending += byAddress[address]?.dependsOn ?? []
        }
        return changes.filter { kept.contains($0.address) }
    }
}
