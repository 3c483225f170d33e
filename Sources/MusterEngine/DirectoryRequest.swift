import MusterModel
import MusterPlan

/// What one integration's bindings need from its IM platform: the addresses of the members
/// they select, and the accounts their overrides name.
///
/// Both lists are sorted and free of repeats, so a read asks for each address once and in the
/// same order every run. The addresses are those `BindingScope.keys(for:)` gives, so the
/// planner finds every key it will ask for.
struct DirectoryRequest: Sendable, Equatable {
    /// The addresses to look up, by method then value.
    let keys: [IdentityKey]
    /// The overrides' account ids.
    let accountIDs: [String]

    init(keys: [IdentityKey], accountIDs: [String]) {
        self.keys = Array(Set(keys)).sorted()
        self.accountIDs = Array(Set(accountIDs)).sorted()
    }

    /// The request of the bindings of one integration, on its platform.
    init(bindings: [UserBinding], platform: Platform, service: ObservedService) {
        var keys: [IdentityKey] = []
        var accountIDs: [String] = []
        for binding in bindings {
            let scope = BindingScope(binding: binding, platform: platform)
            keys += scope.members(in: service).flatMap(scope.keys(for:))
            accountIDs += binding.overrides.map(\.imUserId)
        }
        self.init(keys: keys, accountIDs: accountIDs)
    }

    /// Whether there is nothing to ask.
    var isEmpty: Bool { keys.isEmpty && accountIDs.isEmpty }

    /// The keys of one method, in order.
    func keys(_ method: UserBinding.MatchMethod) -> [IdentityKey] {
        keys.filter { $0.method == method }
    }

    /// The methods that have keys.
    var methods: [UserBinding.MatchMethod] {
        UserBinding.MatchMethod.allCases.filter { !keys($0).isEmpty }
    }
}
