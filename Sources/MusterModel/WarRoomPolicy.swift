import MusterDiagnostics

/// Which incidents get a war room, what it is called, who is in it, and when it goes away.
package struct WarRoomPolicy: Sendable {
    /// Which incidents a policy applies to; an empty list matches everything.
    package struct Filter: Sendable {
        package let severities: [Severity]
        package let channels: [Located<String>]
        package let labels: [String: String]
        package let includesSnoozed: Bool

        package init(
            severities: [Severity], channels: [Located<String>], labels: [String: String],
            includesSnoozed: Bool
        ) {
            self.severities = severities
            self.channels = channels
            self.labels = labels
            self.includesSnoozed = includesSnoozed
        }
    }

    /// An incident's severity in the service.
    package enum Severity: String, Sendable, CaseIterable {
        case critical = "Critical"
        case warning = "Warning"
        case info = "Info"
    }

    /// How the room is named and shown.
    package struct Room: Sendable {
        package let name: Located<Template>
        package let topic: Template
        package let isPrivate: Bool
        package let announcement: Template?

        package init(
            name: Located<Template>, topic: Template, isPrivate: Bool, announcement: Template?
        ) {
            self.name = name
            self.topic = topic
            self.isPrivate = isPrivate
            self.announcement = announcement
        }
    }

    /// Who is invited.
    package struct Members: Sendable {
        package let responders: Bool
        package let observers: Bool
        package let teams: [Located<String>]
        package let extra: [Located<String>]

        package init(
            responders: Bool, observers: Bool, teams: [Located<String>], extra: [Located<String>]
        ) {
            self.responders = responders
            self.observers = observers
            self.teams = teams
            self.extra = extra
        }
    }

    /// How the room is created, kept and dissolved.
    package struct Lifecycle: Sendable {
        package let createsAutomatically: Bool
        package let invitesNewResponders: Bool
        package let removesDepartedMembers: Bool
        /// How long after close the room is dissolved; nil keeps it.
        package let dissolveAfter: Duration?
        package let recreatesWhenDissolved: Bool
        package let restoresWhenRenamed: Bool

        package init(
            createsAutomatically: Bool, invitesNewResponders: Bool, removesDepartedMembers: Bool,
            dissolveAfter: Duration?, recreatesWhenDissolved: Bool, restoresWhenRenamed: Bool
        ) {
            self.createsAutomatically = createsAutomatically
            self.invitesNewResponders = invitesNewResponders
            self.removesDepartedMembers = removesDepartedMembers
            self.dissolveAfter = dissolveAfter
            self.recreatesWhenDissolved = recreatesWhenDissolved
            self.restoresWhenRenamed = restoresWhenRenamed
        }
    }

    /// The topic used when a policy gives none.
    package static let defaultTopic = "Incident #{{ incident.num }}: {{ incident.title }}"

    package let metadata: DocumentMetadata
    package let integration: Located<String>
    package let priority: Int
    package let filter: Filter
    package let room: Room
    package let members: Members
    package let lifecycle: Lifecycle

    package init(
        metadata: DocumentMetadata, integration: Located<String>, priority: Int, filter: Filter,
        room: Room, members: Members, lifecycle: Lifecycle
    ) {
        self.metadata = metadata
        self.integration = integration
        self.priority = priority
        self.filter = filter
        self.room = room
        self.members = members
        self.lifecycle = lifecycle
    }

    package var name: String { metadata.name }
}
