/// An incident, with its responders, labels and snooze.
package struct FlashdutyIncident: Decodable, Sendable, Equatable {
    /// A person responding to the incident.
    package struct Responder: Decodable, Sendable, Equatable {
        package var personId: Int
        package var personName: String?
        package var email: String?
    }

    /// A 24-hex id.
    package var incidentId: String
    package var title: String
    package var num: String?
    /// `Critical`, `Warning` or `Info`.
    package var incidentSeverity: String
    /// `Triggered`, `Processing` or `Closed`.
    package var progress: String
    package var channelId: Int?
    package var channelName: String?
    /// Unix seconds.
    package var startTime: Int
    /// 0 while the incident is open.
    package var closeTime: Int?
    /// Unix seconds of the last change of any kind.
    package var updatedAt: Int?
    /// Until when notifications are snoozed, in Unix seconds; 0 when they are not.
    package var snoozedBefore: Int?
    /// The labels its alerts carried, keys as they were sent.
    package var labels: [String: String]?
    package var responders: [Responder]?
}
