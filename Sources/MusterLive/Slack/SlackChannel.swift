/// A Slack channel, public or private, as Muster reads it.
package struct SlackChannel: Sendable, Equatable {
    package var id: String
    package var name: String
    package var isPrivate: Bool
    package var isArchived: Bool
    package var topic: String
}
