/// A war room: the IM chat an integration opened for an incident.
package struct FlashdutyWarRoom: Decodable, Sendable, Equatable {
    package var chatId: String
    package var chatName: String?
    package var shareLink: String?
    /// Set when read from the incident's list of war rooms.
    package var integrationId: Int?
    package var incidentId: String?
    /// As `active`; the sandbox keeps deleted rooms as `deleted`.
    package var status: String?
    package var pluginType: String?

    package var isActive: Bool { status == nil || status == "active" }
}
