/// The war-room calls, which act on the integration's emulated IM platform through
/// ``WarRoomChatHost``: a chat is really created, invited to, and dissolved or archived there.
///
/// One war room is active per incident and integration. Members reach the chat through their
/// links on the integration (see `/datasource/im/person/try-link`); unlinked members are
/// skipped, as the service skips them.
enum FlashdutyWarRooms {
    static func create(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let incidentIndex = try world.flashduty.incidentIndex(call.requiredString("incident_id"))
        let integration = try warRoomIntegration(world.flashduty, call)
        let incident = world.flashduty.incidents[incidentIndex]
        guard incident.progress != "Closed" else {
            throw .invalid("The incident \(incident.id) is closed.")
        }
        guard activeRoom(incident.id, integration.id, world.flashduty) == nil else {
            throw .invalid("A war room already exists for incident \(incident.id).")
        }
        let people = try invitees(incident, call, world.flashduty)
        let imUsers = people.compactMap { world.flashduty.imUser(of: $0, on: integration) }
        let chat = try onHost(&world, integration) { host throws(WarRoomChatError) in
            try host.createChat(
                named: "inc-\(incident.num) \(incident.title)", members: imUsers,
                app: integration.appId, now: call.now)
        }
        let room = FlashdutyWorld.WarRoom(
            incidentId: incident.id, integrationId: integration.id, chatId: chat.id,
            chatName: chat.name, shareLink: chat.shareLink, createdBy: call.callerId,
            createdAt: Int(call.now), status: "active")
        world.flashduty.warRooms.append(room)
        var detail = feedDetail(room, integration)
        detail["share_link"] = .string(chat.shareLink)
        world.flashduty.incidents[incidentIndex].record(
            "i_wr_create", .object(detail), by: call.callerId, now: call.now)
        return [
            "chat_id": .string(chat.id), "chat_name": .string(chat.name),
            "share_link": .string(chat.shareLink),
        ]
    }

    static func list(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let incident = try call.requiredString("incident_id")
        _ = try world.flashduty.incidentIndex(incident)
        let integration = try call.int("integration_id")
        let rooms = world.flashduty.warRooms.filter {
            $0.incidentId == incident
                && (integration == nil || integration == 0 || $0.integrationId == integration)
        }
        return [
            "items": .array(rooms.map { FlashdutyRendering.warRoom($0, world: world.flashduty) })
        ]
    }

    /// Reads the chat live from the IM platform, so a rename there shows here.
    static func detail(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let integration = try world.flashduty.integrations[
            world.flashduty.integrationIndex(call.requiredInt("integration_id"))]
        let chatID = try call.requiredString("chat_id")
        guard
            world.flashduty.warRooms.contains(where: {
                $0.chatId == chatID && $0.integrationId == integration.id
            }),
            let chat = world[chatHost: integration.platform]?.chat(chatID, app: integration.appId)
        else { throw .notFound("The war room \(chatID) was not found.") }
        return [
            "chat_id": .string(chat.id), "chat_name": .string(chat.name),
            "share_link": .string(chat.shareLink),
        ]
    }

    /// Dissolves or archives the chat, whichever the platform allows, and writes `i_wr_delete`.
    static func delete(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let incidentIndex = try world.flashduty.incidentIndex(call.requiredString("incident_id"))
        let integration = try world.flashduty.integrations[
            world.flashduty.integrationIndex(call.requiredInt("integration_id"))]
        let incident = world.flashduty.incidents[incidentIndex]
        guard let roomIndex = activeRoom(incident.id, integration.id, world.flashduty) else {
            throw .notFound("No war room exists for incident \(incident.id).")
        }
        let room = world.flashduty.warRooms[roomIndex]
        _ = try onHost(&world, integration) { host throws(WarRoomChatError) in
            try host.closeChat(room.chatId, app: integration.appId)
        }
        world.flashduty.warRooms[roomIndex].status = "deleted"
        world.flashduty.incidents[incidentIndex].record(
            "i_wr_delete", .object(feedDetail(room, integration)), by: call.callerId, now: call.now)
        return [:]
    }

    static func addMember(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let integration = try world.flashduty.integrations[
            world.flashduty.integrationIndex(call.requiredInt("integration_id"))]
        let chatID = try call.requiredString("chat_id")
        let people = try call.requiredInts("member_ids")
        try world.flashduty.checkMembers(people, field: "member_ids")
        guard
            world.flashduty.warRooms.contains(where: {
                $0.chatId == chatID && $0.status == "active"
            })
        else {
            throw .notFound("The war room \(chatID) was not found.")
        }
        let imUsers = people.compactMap { world.flashduty.imUser(of: $0, on: integration) }
        try onHost(&world, integration) { host throws(WarRoomChatError) in
            try host.invite(imUsers, toChat: chatID, app: integration.appId)
        }
        return [:]
    }

    /// People once assigned to the incident who no longer respond.
    static func defaultObservers(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let fd = world.flashduty
        let incident = fd.incidents[try fd.incidentIndex(call.requiredString("incident_id"))]
        let observers = observerIds(incident).compactMap { fd.member($0) }.map {
            FlashdutyRendering.person($0, account: fd.account.id)
        }
        return ["observers": .array(observers)]
    }

    /// Invites newly added responders to the incident's active war rooms, best effort, as the
    /// service does when responders change.
    static func inviteToWarRooms(_ people: [Int], incident index: Int, in world: inout SandboxWorld)
    {
        let incident = world.flashduty.incidents[index]
        for room in world.flashduty.warRooms
        where room.incidentId == incident.id && room.status == "active" {
            guard
                let integration = world.flashduty.integrations.first(where: {
                    $0.id == room.integrationId
                })
            else { continue }
            let imUsers = people.compactMap { world.flashduty.imUser(of: $0, on: integration) }
            _ = try? onHost(&world, integration) { host throws(WarRoomChatError) in
                try host.invite(imUsers, toChat: room.chatId, app: integration.appId)
            }
        }
    }

    private static func observerIds(_ incident: FlashdutyIncident) -> [Int] {
        incident.everAssigned.filter { !incident.responderIds.contains($0) }
    }

    private static func invitees(
        _ incident: FlashdutyIncident, _ call: FlashdutyCall, _ world: FlashdutyWorld
    ) throws(FlashdutyFailure) -> [Int] {
        let extra = try call.ints("member_ids") ?? []
        try world.checkMembers(extra, field: "member_ids")
        let observers = try call.bool("add_observers") == true ? observerIds(incident) : []
        return ([call.callerId] + incident.responderIds + extra + observers).uniqued()
    }

    private static func warRoomIntegration(
        _ world: FlashdutyWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> FlashdutyWorld.Integration {
        let integration = world.integrations[
            try world.integrationIndex(call.requiredInt("integration_id"))]
        guard integration.isWarRoomEnabled else {
            throw .invalid("The integration \(integration.id) does not have war room enabled.")
        }
        return integration
    }

    private static func activeRoom(
        _ incident: String, _ integration: Int, _ world: FlashdutyWorld
    ) -> Int? {
        world.warRooms.firstIndex {
            $0.incidentId == incident && $0.integrationId == integration && $0.status == "active"
        }
    }

    private static func feedDetail(
        _ room: FlashdutyWorld.WarRoom, _ integration: FlashdutyWorld.Integration
    ) -> [String: JSONValue] {
        [
            "integration_id": .integer(integration.id), "chat_id": .string(room.chatId),
            "chat_name": .string(room.chatName), "plugin_type": .string(integration.pluginType),
            "integration_name": .string(integration.name),
        ]
    }

    /// Runs a chat operation on the integration's IM world and writes the world back.
    @discardableResult
    private static func onHost<R>(
        _ world: inout SandboxWorld, _ integration: FlashdutyWorld.Integration,
        _ body: (inout any WarRoomChatHost) throws(WarRoomChatError) -> R
    ) throws(FlashdutyFailure) -> R {
        guard var host = world[chatHost: integration.platform] else {
            throw FlashdutyFailure(
                "InternalError", "The IM platform \(integration.platform) is not reachable.")
        }
        do {
            let result = try body(&host)
            world[chatHost: integration.platform] = host
            return result
        } catch {
            switch error {
            case .chatNotFound: throw .notFound("The war room chat was not found: \(error).")
            default: throw FlashdutyFailure("BadRequest", "The IM platform refused: \(error).")
            }
        }
    }
}
