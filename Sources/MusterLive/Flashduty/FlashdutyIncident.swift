/// An incident, with its responders.
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
    /// Unix seconds.
    package var startTime: Int
    package var closeTime: Int?
    package var responders: [Responder]?
}
