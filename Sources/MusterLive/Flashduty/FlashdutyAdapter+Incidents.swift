extension FlashdutyAdapter {
    /// The longest range `/incident/list` accepts.
    package static let incidentWindow = 31 * 86_400
    /// Incidents asked for in one `/incident/list-by-ids` call.
    package static let incidentBatch = 100

    /// Every incident that started in `start...end` (Unix seconds), newest first per window.
    ///
    /// A range longer than 31 days is read as consecutive windows that do not overlap.
    package func incidents(
        start: Int, end: Int, filter: FlashdutyIncidentFilter = FlashdutyIncidentFilter()
    ) async throws -> [FlashdutyIncident] {
        precondition(start <= end, "an incident range starts before it ends")
        var incidents: [FlashdutyIncident] = []
        var windowStart = start
        while windowStart <= end {
            let windowEnd = min(end, windowStart + Self.incidentWindow)
            var body = filter.fields
            body["start_time"] = windowStart
            body["end_time"] = windowEnd
            incidents += try await allPages("/incident/list", body, as: FlashdutyIncident.self)
            windowStart = windowEnd + 1
        }
        return incidents
    }

    /// One incident, by its 24-hex id.
    package func incident(id: String) async throws -> FlashdutyIncident {
        try await post("/incident/info", ["incident_id": id])
    }

    /// The incidents with these ids, whenever they started, in batches of 100.
    ///
    /// The spec does not say what becomes of an id the service does not know; it is taken
    /// to be left out, as `/person/infos` leaves unknown ids out.
    package func incidents(ids: [String]) async throws -> [FlashdutyIncident] {
        var incidents: [FlashdutyIncident] = []
        for start in stride(from: 0, to: ids.count, by: Self.incidentBatch) {
            let batch = Array(ids[start..<min(ids.count, start + Self.incidentBatch)])
            let page = try await post(
                "/incident/list-by-ids", ["incident_ids": batch],
                as: FlashdutyPage<FlashdutyIncident>.self)
            incidents += page.items ?? []
        }
        return incidents
    }

    /// Adds a comment to the incident's timeline; sending it twice comments twice.
    package func comment(_ text: String, on incidentID: String) async throws {
        try await perform(
            "/incident/comment", ["incident_ids": [incidentID], "comment": text],
            safety: .nonIdempotentWrite)
    }

    /// The incident's whole timeline, oldest first.
    package func feed(of incidentID: String) async throws -> [FlashdutyFeedEntry] {
        try await allPages(
            "/incident/feed", ["incident_id": incidentID, "asc": true],
            as: FlashdutyFeedEntry.self)
    }

    /// People once assigned to the incident who no longer respond.
    package func defaultObservers(of incidentID: String) async throws -> [FlashdutyPerson] {
        struct Observers: Decodable { var observers: [FlashdutyPerson]? }
        let answer = try await post(
            "/incident/war-room/default-observers", ["incident_id": incidentID],
            as: Observers.self)
        return answer.observers ?? []
    }
}
