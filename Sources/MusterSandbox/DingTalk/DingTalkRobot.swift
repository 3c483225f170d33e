/// The v1.0 robot API that posts to a group: `robot/groupMessages/send`.
enum DingTalkRobot {
    static let maxParamBytes = 15000

    /// Records the message; `msgParam` must be a JSON object written as a string.
    static func send(
        _ world: inout DingTalkWorld, _ call: DingTalkCall
    ) throws(DingTalkFailure) -> [String: JSONValue] {
        let robotCode = try call.required("robotCode")
        guard robotCode == (call.app.robotCode ?? call.app.appKey) else {
            throw .invalidParameter("robotCode \(robotCode) is not this app's robot")
        }
        let index = try DingTalkSceneGroups.liveGroup(call.required("openConversationId"), world)
        let msgKey = try call.required("msgKey")
        let msgParam = try call.required("msgParam")
        guard msgParam.utf8.count <= maxParamBytes,
            JSONValue.parse(Array(msgParam.utf8))?.objectValue != nil
        else { throw .invalidParameter("msgParam must be a JSON object of at most 15000 bytes") }
        let key = "pqk" + String(world.nextSequence(), radix: 16).leftPadded(to: 16)
        world.messages.append(
            .init(
                openConversationId: world.groups[index].openConversationId, msgKey: msgKey,
                msgParam: msgParam, processQueryKey: key, appKey: call.app.appKey))
        return ["processQueryKey": .string(key)]
    }
}
