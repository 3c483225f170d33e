/// An incident in the emulated Flashduty account, with its responders and timeline.
///
/// `progress` is `Triggered`, `Processing` or `Closed`; `severity` is `Critical`, `Warning` or
/// `Info`. `everAssigned` keeps every member ever assigned, in order, so that the default
/// observers are those of them no longer responding. `labels` are those its alerts carried;
/// nil (as in states saved before labels) means none.
package struct FlashdutyIncident: Codable, Sendable, Equatable {
    /// A member responding to the incident.
    package struct Responder: Codable, Sendable, Equatable {
        package var personId: Int
        package var assignedAt: Int
        package var acknowledgedAt: Int
    }

    /// One timeline entry; `createdAt` is in milliseconds.
    package struct FeedEntry: Codable, Sendable, Equatable {
        package var type: String
        package var detail: JSONValue
        package var creatorId: Int
        package var createdAt: Int
    }

    package var id: String
    package var num: String
    package var title: String
    package var description: String
    package var severity: String
    package var progress: String
    package var channelId: Int
    package var startTime: Int
    package var ackTime = 0
    package var closeTime = 0
    package var snoozedBefore = 0
    package var labels: [String: String]?
    package var creatorId: Int
    package var closerId = 0
    package var rootCause = ""
    package var resolution = ""
    package var responders: [Responder] = []
    package var assignedAt = 0
    package var everAssigned: [Int] = []
    package var updatedAt: Int
    package var feed: [FeedEntry] = []

    /// The member ids responding now.
    var responderIds: [Int] { responders.map(\.personId) }

    /// Appends a timeline entry at `now` (seconds).
    mutating func record(_ type: String, _ detail: JSONValue, by creator: Int, now: Double) {
        feed.append(
            FeedEntry(type: type, detail: detail, creatorId: creator, createdAt: Int(now * 1000)))
        updatedAt = Int(now)
    }

    /// Adds responders not yet responding and returns the ids actually added.
    @discardableResult
    mutating func addResponders(_ ids: [Int], now: Double) -> [Int] {
        let added = ids.uniqued().filter { !responderIds.contains($0) }
        responders += added.map { Responder(personId: $0, assignedAt: Int(now), acknowledgedAt: 0) }
        everAssigned += added.filter { !everAssigned.contains($0) }
        if !added.isEmpty { assignedAt = Int(now) }
        return added
    }
}
