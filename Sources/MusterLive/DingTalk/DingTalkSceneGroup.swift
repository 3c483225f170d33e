/// A DingTalk scene group (场景群) as `sceneGroups/query` describes it.
///
/// A disbanded group still answers, with `isDisbanded` set.
package struct DingTalkSceneGroup: Sendable, Equatable {
    /// The two ids `sceneGroup/create` answers.
    package struct IDs: Sendable, Equatable {
        /// The id every v1.0 call takes, as `cid…==`.
        package var openConversationID: String
        /// The old API's chat id.
        package var chatID: String
    }

    package var openConversationID: String
    package var title: String
    package var ownerUserID: String
    package var templateID: String
    package var isDisbanded: Bool
}
