/// A group chat, as Muster reads it.
package struct FeishuChat: Sendable, Equatable {
    package var id: String
    package var name: String
    package var description: String
    package var ownerID: String
}
