/// The JSON shapes Slack's Web API answers with, decoded and then mapped to Muster's models.
enum SlackWire {
    /// The fields every answer carries: `ok`, and on failure the error and the scope facts.
    struct Envelope: Decodable {
        var ok: Bool
        var error: String?
        var needed: String?
        var warning: String?
    }

    /// `response_metadata`, whose `next_cursor` is empty on the last page.
    struct Metadata: Decodable {
        var next_cursor: String?
    }

    struct AuthTest: Decodable {
        var team_id: String
        var user_id: String
    }

    struct Note: Decodable {
        var value: String
    }

    struct Channel: Decodable {
        var id: String
        var name: String
        var is_private: Bool?
        var is_archived: Bool?
        var topic: Note?

        var model: SlackChannel {
            SlackChannel(
                id: id, name: name, isPrivate: is_private ?? false,
                isArchived: is_archived ?? false, topic: topic?.value ?? "")
        }
    }

    struct ChannelAnswer: Decodable {
        var channel: Channel
    }

    struct ChannelPage: Decodable {
        var channels: [Channel]
        var response_metadata: Metadata?
    }

    struct MemberPage: Decodable {
        var members: [String]
        var response_metadata: Metadata?
    }

    struct Profile: Decodable {
        var email: String?
    }

    struct User: Decodable {
        var id: String
        var name: String
        var real_name: String?
        var deleted: Bool?
        var is_bot: Bool?
        var profile: Profile?

        var model: SlackUser {
            SlackUser(
                id: id, name: name, realName: real_name ?? name, email: profile?.email,
                isDeleted: deleted ?? false, isBot: is_bot ?? false)
        }
    }

    struct UserAnswer: Decodable {
        var user: User
    }

    struct UserPage: Decodable {
        var members: [User]
        var response_metadata: Metadata?
    }
}
