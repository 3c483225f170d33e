/// What `/incident/list` narrows to, besides the time range.
package struct FlashdutyIncidentFilter: Sendable, Equatable {
    /// `Triggered`, `Processing`, `Closed`; empty means all.
    package var progress: [String] = []
    /// `Critical`, `Warning`, `Info`; empty means all.
    package var severities: [String] = []
    package var channelIDs: [Int] = []
    package var responderIDs: [Int] = []
    package var query: String?

    package init(
        progress: [String] = [], severities: [String] = [], channelIDs: [Int] = [],
        responderIDs: [Int] = [], query: String? = nil
    ) {
        self.progress = progress
        self.severities = severities
        self.channelIDs = channelIDs
        self.responderIDs = responderIDs
        self.query = query
    }

    /// The filter's request fields.
    var fields: [String: Any] {
        var fields: [String: Any] = [:]
        if !progress.isEmpty { fields["progress"] = progress.joined(separator: ",") }
        if !severities.isEmpty { fields["incident_severity"] = severities.joined(separator: ",") }
        if !channelIDs.isEmpty { fields["channel_ids"] = channelIDs }
        if !responderIDs.isEmpty { fields["responder_ids"] = responderIDs }
        if let query, !query.isEmpty { fields["query"] = query }
        return fields
    }
}
