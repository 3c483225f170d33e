extension FlashdutyAdapter {
    /// The longest snooze `/incident/snooze` takes, in minutes (one day).
    package static let snoozeLimit = 1_440

    /// Snoozes open incidents for `minutes` from now (1-1,440); the service refuses a closed
    /// one.
    ///
    /// A snooze sets an end time rather than adding to one, so sending it again soon after
    /// leaves the incidents as they were; the timeline shows one `i_snooze` entry per call.
    /// - Throws: `PlatformError` when the service refuses (an unknown or closed incident).
    package func snooze(_ incidentIDs: [String], minutes: Int) async throws {
        precondition(
            (1...Self.snoozeLimit).contains(minutes), "a snooze lasts 1 to 1,440 minutes")
        precondition(
            (1...Self.incidentBatch).contains(incidentIDs.count),
            "a snooze names 1 to 100 incidents")
        try await perform(
            "/incident/snooze", ["incident_ids": incidentIDs, "minutes": minutes],
            safety: .idempotentWrite)
    }
}
