/// A chat member: its open_id and name.
package struct FeishuMember: Sendable, Equatable {
    package var openID: String
    package var name: String
}
