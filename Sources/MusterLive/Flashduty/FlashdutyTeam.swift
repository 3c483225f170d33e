/// A team and its members.
package struct FlashdutyTeam: Decodable, Sendable, Equatable {
    package var teamId: Int
    package var teamName: String
    package var description: String?
    package var personIds: [Int]?
    package var refId: String?
}
