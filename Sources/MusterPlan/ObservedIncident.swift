/// An incident of the service, as war-room policies see it.
package struct ObservedIncident: Sendable, Hashable {
    /// The 24-hex id.
    package var id: String
    /// The short number people use, as `12`.
    package var num: String
    package var title: String
    /// `Critical`, `Warning` or `Info`.
    package var severity: String
    package var channelID: Int?
    package var channelName: String
    package var labels: [String: String]
    /// `Triggered`, `Processing` or `Closed`.
    package var progress: String
    package var isSnoozed: Bool
    /// Unix seconds.
    package var startedAt: Int
    package var closedAt: Int?
    package var responderIDs: [Int]
    /// People once assigned who no longer respond.
    package var observerIDs: [Int]

    package init(
        id: String, num: String, title: String, severity: String, channelID: Int? = nil,
        channelName: String = "", labels: [String: String] = [:], progress: String = "Triggered",
        isSnoozed: Bool = false, startedAt: Int = 0, closedAt: Int? = nil,
        responderIDs: [Int] = [], observerIDs: [Int] = []
    ) {
        self.id = id
        self.num = num
        self.title = title
        self.severity = severity
        self.channelID = channelID
        self.channelName = channelName
        self.labels = labels
        self.progress = progress
        self.isSnoozed = isSnoozed
        self.startedAt = startedAt
        self.closedAt = closedAt
        self.responderIDs = responderIDs
        self.observerIDs = observerIDs
    }

    package var isOpen: Bool { progress != "Closed" }
}

/// A war room as the service lists it and its IM platform shows it.
package struct ObservedWarRoom: Sendable, Hashable {
    package var incidentID: String
    package var integrationID: Int64
    package var chatID: String
    /// Whether the service still lists the room as active.
    package var isActive: Bool
    /// Whether the chat still exists on the IM platform (false once dissolved there).
    package var existsOnPlatform: Bool
    /// The chat's name and topic on the platform; nil when unknown.
    package var name: String?
    package var topic: String?
    /// The IM accounts in the chat; nil when the platform was not asked.
    package var memberAccounts: [String]?

    package init(
        incidentID: String, integrationID: Int64, chatID: String, isActive: Bool = true,
        existsOnPlatform: Bool = true, name: String? = nil, topic: String? = nil,
        memberAccounts: [String]? = nil
    ) {
        self.incidentID = incidentID
        self.integrationID = integrationID
        self.chatID = chatID
        self.isActive = isActive
        self.existsOnPlatform = existsOnPlatform
        self.name = name
        self.topic = topic
        self.memberAccounts = memberAccounts
    }
}
