extension FlashdutyWorld {
    /// Opens an incident, writes `i_new` (and `i_assign` with responders), and returns its
    /// index.
    mutating func openIncident(
        title: String, description: String, severity: String, channelId: Int,
        responderIds: [Int], labels: [String: String] = [:], creator: Int, now: Double
    ) -> Int {
        let number = nextSequence()
        var incident = FlashdutyIncident(
            id: Self.objectID(seconds: Int(now), number: number),
            num: String(number, radix: 36).uppercased().leftPadded(to: 5),
            title: title, description: description, severity: severity, progress: "Triggered",
            channelId: channelId, startTime: Int(now), creatorId: creator, updatedAt: Int(now))
        if !labels.isEmpty { incident.labels = labels }
        incident.record(
            "i_new", ["severity": .string(severity), "title": .string(title)],
            by: creator, now: now)
        incidents.append(incident)
        let index = incidents.count - 1
        if !responderIds.isEmpty {
            reassign(index, to: responderIds, type: "assign", by: creator, now: now)
        }
        return index
    }

    /// Replaces the responders and writes `i_assign`.
    mutating func reassign(_ index: Int, to ids: [Int], type: String, by creator: Int, now: Double)
    {
        incidents[index].responders.removeAll { !ids.contains($0.personId) }
        incidents[index].addResponders(ids, now: now)
        incidents[index].assignedAt = Int(now)
        let detail: JSONValue = [
            "person_ids": .array(ids.map { .integer($0) }), "type": .string(type),
            "assigned_at": .integer(Int(now)), "to": .array(ids.map { .integer($0) }),
        ]
        incidents[index].record("i_assign", detail, by: creator, now: now)
    }

    /// Closes an incident and writes `i_rslv`; closing a closed one changes nothing.
    mutating func close(_ index: Int, by closer: Int, from source: String, now: Double) {
        guard incidents[index].progress != "Closed" else { return }
        incidents[index].progress = "Closed"
        incidents[index].closeTime = Int(now)
        incidents[index].closerId = closer
        incidents[index].snoozedBefore = 0
        incidents[index].record("i_rslv", ["from": .string(source)], by: closer, now: now)
    }

    /// Changes the severity and writes `i_r_severity`.
    mutating func changeSeverity(_ index: Int, to severity: String, by creator: Int, now: Double) {
        let from = incidents[index].severity
        guard from != severity else { return }
        incidents[index].severity = severity
        let detail: JSONValue = ["from": .string(from), "to": .string(severity)]
        incidents[index].record("i_r_severity", detail, by: creator, now: now)
    }

    /// A 24-hex-digit id in MongoDB ObjectID form: seconds, then a counter.
    static func objectID(seconds: Int, number: Int) -> String {
        let time = String(UInt32(truncatingIfNeeded: seconds), radix: 16).leftPadded(to: 8)
        let counter = String(number, radix: 16).leftPadded(to: 16)
        return time + counter
    }
}
