/// The incident actions: ack, resolve, snooze, assign, responder add, comment, and the feed.
///
/// Batch actions take up to 100 `incident_ids`; one unknown id fails the whole call with
/// `ResourceNotFound` and changes nothing.
enum FlashdutyIncidentActions {
    static func ack(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        for index in try indices(world.flashduty, call)
        where world.flashduty.incidents[index].progress == "Triggered" {
            world.flashduty.incidents[index].progress = "Processing"
            world.flashduty.incidents[index].ackTime = Int(call.now)
            acknowledge(&world.flashduty.incidents[index], by: call)
            world.flashduty.incidents[index].record("i_ack", [:], by: call.callerId, now: call.now)
        }
        return [:]
    }

    static func resolve(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let rootCause = try call.string("root_cause")
        let resolution = try call.string("resolution")
        guard (rootCause ?? "").count <= 1024, (resolution ?? "").count <= 1024 else {
            throw .invalid("The specified parameter root_cause or resolution is too long.")
        }
        for index in try indices(world.flashduty, call) {
            if let rootCause { world.flashduty.incidents[index].rootCause = rootCause }
            if let resolution { world.flashduty.incidents[index].resolution = resolution }
            world.flashduty.close(index, by: call.callerId, from: "console", now: call.now)
        }
        return [:]
    }

    static func snooze(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let minutes = try call.requiredInt("minutes")
        guard (1...1440).contains(minutes) else { throw call.notValid("minutes") }
        let targets = try indices(world.flashduty, call)
        for index in targets where world.flashduty.incidents[index].progress == "Closed" {
            throw .invalid("The incident \(world.flashduty.incidents[index].id) is closed.")
        }
        for index in targets {
            world.flashduty.incidents[index].snoozedBefore = Int(call.now) + minutes * 60
            world.flashduty.incidents[index].record(
                "i_snooze", ["minutes": .integer(minutes)], by: call.callerId, now: call.now)
        }
        return [:]
    }

    static func assign(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        var ids = try call.strings("incident_ids") ?? []
        if let one = try call.string("incident_id"), !one.isEmpty { ids.append(one) }
        guard !ids.isEmpty, ids.count <= 100 else { throw call.missing("incident_ids") }
        guard call.fields["assigned_to"] != nil else { throw call.missing("assigned_to") }
        let people = try FlashdutyIncidents.assignees(call.fields["assigned_to"], world.flashduty)
        guard !people.isEmpty else { throw call.missing("assigned_to.person_ids") }
        var targets: [Int] = []
        for id in ids { targets.append(try world.flashduty.incidentIndex(id)) }
        for index in targets {
            world.flashduty.reassign(
                index, to: people, type: "reassign", by: call.callerId, now: call.now)
            FlashdutyWarRooms.inviteToWarRooms(people, incident: index, in: &world)
        }
        return [:]
    }

    static func addResponders(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let index = try world.flashduty.incidentIndex(call.requiredString("incident_id"))
        let people = try call.requiredInts("person_ids")
        try world.flashduty.checkMembers(people, field: "person_ids")
        let added = world.flashduty.incidents[index].addResponders(people, now: call.now)
        guard !added.isEmpty else { return [:] }
        world.flashduty.incidents[index].record(
            "i_a_rspd", ["to": .array(added.map { .integer($0) })], by: call.callerId, now: call.now
        )
        FlashdutyWarRooms.inviteToWarRooms(added, incident: index, in: &world)
        return [:]
    }

    static func comment(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let text = try call.string("comment") ?? ""
        guard text.count <= 1024 else { throw call.notValid("comment") }
        let muteReply = try call.bool("mute_reply") ?? false
        for index in try indices(world.flashduty, call) {
            world.flashduty.incidents[index].record(
                "i_comm", ["comment": .string(text), "mute_reply": .bool(muteReply)],
                by: call.callerId, now: call.now)
        }
        return [:]
    }

    /// The timeline, newest first unless `asc`, paged by `p` and `limit`.
    static func feed(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let fd = world.flashduty
        let incident = fd.incidents[try fd.incidentIndex(call.requiredString("incident_id"))]
        var entries = incident.feed
        if let types = try call.strings("types"), !types.isEmpty {
            entries = entries.filter { types.contains($0.type) }
        }
        if try call.bool("asc") != true { entries.reverse() }
        let page = try FlashdutyPage(entries, call: call)
        let items = page.items.map {
            FlashdutyRendering.feedEntry($0, incident: incident, account: fd.account.id)
        }
        return ["items": .array(items), "has_next_page": .bool(page.hasNextPage)]
    }

    private static func indices(
        _ world: FlashdutyWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> [Int] {
        var result: [Int] = []
        for id in try call.requiredStrings("incident_ids") {
            result.append(try world.incidentIndex(id))
        }
        return result
    }

    private static func acknowledge(_ incident: inout FlashdutyIncident, by call: FlashdutyCall) {
        if !incident.responderIds.contains(call.callerId) {
            incident.addResponders([call.callerId], now: call.now)
        }
        for index in incident.responders.indices
        where incident.responders[index].personId == call.callerId {
            incident.responders[index].acknowledgedAt = Int(call.now)
        }
    }
}
