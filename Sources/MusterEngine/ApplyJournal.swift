import MusterPlan

/// Where the applier records each write's intent before sending it, and its outcome after.
///
/// The local backend is a JSON-lines file (MusterState's `Journal`); tests may keep it in
/// memory. A write whose intent is recorded and whose outcome is not was cut short: the next
/// apply reads the live side to learn whether it took effect.
package protocol ApplyJournal: Sendable {
    /// Records that a write is about to be sent, and returns its sequence number.
    func recordIntent(_ address: ResourceAddress, _ operation: ChangeOperation) throws -> Int
    /// Records how a write ended.
    func recordOutcome(_ sequence: Int, _ outcome: WriteOutcome) throws
}

/// How one write ended.
package enum WriteOutcome: Sendable, Hashable {
    /// It took effect; a create says the id it made.
    case succeeded(createdID: Int?)
    case failed(String)
}
