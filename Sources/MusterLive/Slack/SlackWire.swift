/// The JSON shapes Slack's Web API answers with, decoded and then mapped to Muster's models.
enum SlackWire {
    /// The fields every answer carries: `ok`, and on failure the error and the scope facts.
    struct Envelope: Decodable {
        var ok: Bool
        var error: String?
        var needed: String?
        var warning: String?
    }

    /// `responseMetadata`, whose `nextCursor` is empty on the last page.
    struct Metadata: Decodable {
        var nextCursor: String?
    }

    struct AuthTest: Decodable {
        var teamId: String
        var userId: String
    }

    struct Note: Decodable {
        var value: String
    }

    struct Channel: Decodable {
        var id: String
        var name: String
        var isPrivate: Bool?
        var isArchived: Bool?
        var topic: Note?

        var model: SlackChannel {
            SlackChannel(
                id: id, name: name, isPrivate: isPrivate ?? false,
                isArchived: isArchived ?? false, topic: topic?.value ?? "")
        }
    }

    struct ChannelAnswer: Decodable {
        var channel: Channel
    }

    struct ChannelPage: Decodable {
        var channels: [Channel]
        var responseMetadata: Metadata?
    }

    struct MemberPage: Decodable {
        var members: [String]
        var responseMetadata: Metadata?
    }

    struct Profile: Decodable {
        var email: String?
    }

    struct User: Decodable {
        var id: String
        var name: String
        var realName: String?
        var deleted: Bool?
        var isBot: Bool?
        var profile: Profile?

        var model: SlackUser {
            SlackUser(
                id: id, name: name, realName: realName ?? name, email: profile?.email,
                isDeleted: deleted ?? false, isBot: isBot ?? false)
        }
    }

    struct UserAnswer: Decodable {
        var user: User
    }

    struct UserPage: Decodable {
        var members: [User]
        var responseMetadata: Metadata?
    }
}
