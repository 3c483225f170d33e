/// Every DingTalk API the emulator knows, by path without the leading slash.
///
/// Token endpoints are not here: they need no token and are answered by ``DingTalkAuth``.
enum DingTalkCatalog {
    static let manage = "qyapi_chat_manage"

    static let operations: [String: DingTalkOperation] = Dictionary(
        uniqueKeysWithValues: (sceneGroupOperations + oapiOperations).map { ($0.api, $0) })

    private static let sceneGroupOperations: [DingTalkOperation] = [
        .init(
            api: "v1.0/im/sceneGroup/create", permission: manage, isMutating: true,
            handler: DingTalkSceneGroups.create),
        .init(
            api: "v1.0/im/sceneGroup/update", permission: manage, isMutating: true,
            handler: DingTalkSceneGroups.update),
        .init(
            api: "v1.0/im/sceneGroup/member/add", permission: manage, isMutating: true,
            handler: DingTalkSceneGroups.addMembers),
        .init(
            api: "v1.0/im/sceneGroup/member/delete", permission: manage, isMutating: true,
            handler: DingTalkSceneGroups.removeMembers),
        .init(
            api: "v1.0/im/sceneGroups/members/query", permission: manage, isMutating: false,
            handler: DingTalkSceneGroups.members),
        .init(
            api: "v1.0/im/sceneGroups/query", permission: manage, isMutating: false,
            handler: DingTalkSceneGroups.info),
        .init(
            api: "v1.0/im/chat/scenegroup/disband", permission: manage, isMutating: true,
            handler: DingTalkSceneGroups.disband),
        .init(
            api: "v1.0/robot/groupMessages/send", permission: "qyapi_robot_sendmsg",
            isMutating: true, handler: DingTalkRobot.send),
    ]

    private static let oapiOperations: [DingTalkOperation] = [
        .init(
            api: "chat/create", permission: manage, isMutating: true,
            handler: DingTalkChats.create),
        .init(
            api: "chat/update", permission: manage, isMutating: true,
            handler: DingTalkChats.update),
        .init(api: "chat/get", permission: manage, isMutating: false, handler: DingTalkChats.get),
        .init(api: "chat/send", permission: manage, isMutating: true, handler: DingTalkChats.send),
        .init(
            api: "topapi/v2/user/getbymobile", permission: "qyapi_get_member_by_mobile",
            isMutating: false, handler: DingTalkUsers.byMobile),
        .init(
            api: "topapi/v2/user/get", permission: "qyapi_get_member", isMutating: false,
            handler: DingTalkUsers.byUserId),
        .init(
            api: "topapi/user/getbyunionid", permission: "qyapi_get_member",
            isMutating: false, handler: DingTalkUsers.byUnionId),
        .init(
            api: "user/getUseridByUnionid", permission: "qyapi_get_member",
            isMutating: false, handler: DingTalkUsers.legacyByUnionId),
    ]
}
