/// A channel (collaboration space) and the team that owns it.
package struct FlashdutyChannel: Decodable, Sendable, Equatable {
    package var channelId: Int
    package var channelName: String
    package var teamId: Int?
    package var description: String?
    package var isPrivate: Bool?
    package var status: String?
}
