import MusterPlan

extension ObservedDirectory {
    /// Takes overrides on trust when the platform refuses to read accounts by id: each is an
    /// active, visible account with nothing else known.
    ///
    /// An override is the admin's explicit word, and a refused read says nothing about
    /// whether the account exists, so reporting it missing would be wrong.
    mutating func trustOverrides(_ ids: [String]) {
        for id in ids { accounts.updateValue(ObservedAccount(id: id), forKey: id) }
    }
}
