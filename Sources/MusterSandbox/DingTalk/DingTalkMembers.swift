/// Member checks and changes shared by scene groups and plain groups.
enum DingTalkMembers {
    /// The userids without duplicates, in order, or `unknownUserId` for the first one that
    /// names nobody in service.
    static func known(
        _ userIds: [String], in world: DingTalkWorld
    ) throws(DingTalkFailure) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for id in userIds where seen.insert(id).inserted {
            guard world.activeUser(id) != nil else { throw .unknownUserId(id) }
            result.append(id)
        }
        return result
    }

    /// Appends the users not yet in the group.
    static func add(_ userIds: [String], to group: inout DingTalkWorld.Group) {
        for id in userIds where !group.members.contains(id) { group.members.append(id) }
    }

    /// A new group with fresh ids; the owner is the first member.
    static func makeGroup(
        title: String, owner: String, members: [String], appKey: String,
        in world: inout DingTalkWorld
    ) -> DingTalkWorld.Group {
        let number = String(world.nextSequence(), radix: 16).leftPadded(to: 12)
        var group = DingTalkWorld.Group(
            openConversationId: "cid" + number + "==", chatId: "chat" + number, title: title,
            ownerUserId: owner, members: [owner], appKey: appKey)
        add(members, to: &group)
        return group
    }
}
