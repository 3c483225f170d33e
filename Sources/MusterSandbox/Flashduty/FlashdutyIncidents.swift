import Foundation

/// The incident reads and create: list, list by ids, info and create.
enum FlashdutyIncidents {
    static let severities = ["Critical", "Warning", "Info"]
    static let maxWindow = 31 * 86_400

    static func list(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let start = try call.requiredInt("start_time")
        let end = try call.requiredInt("end_time")
        guard end >= start, end - start <= maxWindow else {
            throw .invalid("The time range between start_time and end_time must be within 31 days.")
        }
        let fd = world.flashduty
        var incidents = try filtered(
            fd.incidents.filter { (start...end).contains($0.startTime) }, call)
        incidents.sort {
            $0.startTime != $1.startTime ? $0.startTime > $1.startTime : $0.id > $1.id
        }
        if try call.bool("asc") == true { incidents.reverse() }
        let page = try FlashdutyPage(incidents, call: call, allowsCursor: true)
        var fields = page.fields { FlashdutyIncidentRendering.incident($0, world: fd) }
        fields["p"] = nil
        fields["limit"] = nil
        return .object(fields)
    }

    private static func filtered(
        _ incidents: [FlashdutyIncident], _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> [FlashdutyIncident] {
        var result = incidents
        if let progress = try commaList(call, "progress") {
            result = result.filter { progress.contains($0.progress) }
        }
        if let severity = try commaList(call, "incident_severity") {
            result = result.filter { severity.contains($0.severity) }
        }
        if let channels = try call.ints("channel_ids"), !channels.isEmpty {
            result = result.filter { channels.contains($0.channelId) }
        }
        if let ids = try call.strings("incident_ids"), !ids.isEmpty {
            result = result.filter { ids.contains($0.id) }
        }
        if let people = try call.ints("responder_ids"), !people.isEmpty {
            result = result.filter { !Set($0.responderIds).isDisjoint(with: people) }
        }
        if let snoozed = try call.bool("is_snoozed") {
            let now = Int(call.now)
            result = result.filter { ($0.snoozedBefore > now) == snoozed }
        }
        if let query = try call.string("query")?.lowercased(), !query.isEmpty {
            result = result.filter {
                $0.title.lowercased().contains(query) || $0.num.lowercased() == query
            }
        }
        return result
    }

    private static func commaList(
        _ call: FlashdutyCall, _ key: String
    ) throws(FlashdutyFailure) -> [String]? {
        guard let text = try call.string(key), !text.isEmpty else { return nil }
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func info(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let index = try world.flashduty.incidentIndex(call.requiredString("incident_id"))
        return FlashdutyIncidentRendering.incident(
            world.flashduty.incidents[index], world: world.flashduty)
    }

    /// The incidents with these ids, whenever they started, in the order asked.
    ///
    /// The spec states neither a cap nor what becomes of unknown ids: this takes at most 100,
    /// as the batch actions do, and leaves unknown ids out, as `/person/infos` does.
    static func listByIDs(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let ids = try call.requiredStrings("incident_ids", maximum: 100)
        guard ids.allSatisfy(isObjectID) else { throw call.notValid("incident_ids") }
        let fd = world.flashduty
        let found = ids.uniqued().compactMap { id in fd.incidents.first { $0.id == id } }
        return [
            "items": .array(found.map { FlashdutyIncidentRendering.incident($0, world: fd) }),
            "total": .integer(found.count), "has_next_page": false,
        ]
    }

    /// Whether a text is a 24-hex-digit MongoDB ObjectID, as the spec's pattern wants.
    private static func isObjectID(_ text: String) -> Bool {
        text.utf8.count == 24 && text.allSatisfy(\.isHexDigit)
    }

    static func create(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let severity = try call.requiredString("incident_severity")
        guard severities.contains(severity) else { throw call.notValid("incident_severity") }
        let title = try call.requiredString("title")
        guard title.count <= 512 else { throw call.notValid("title") }
        let description = try call.string("description") ?? ""
        guard description.count <= 1024 else { throw call.notValid("description") }
        let channel = try call.int("channel_id") ?? 0
        guard channel == 0 || world.flashduty.channels.contains(where: { $0.id == channel }) else {
            throw .notFound("The channel \(channel) was not found.")
        }
        let responders = try assignees(call.fields["assigned_to"], world.flashduty)
        let index = world.flashduty.openIncident(
            title: title, description: description, severity: severity, channelId: channel,
            responderIds: responders, creator: call.callerId, now: call.now)
        let incident = world.flashduty.incidents[index]
        return ["incident_id": .string(incident.id), "title": .string(incident.title)]
    }

    /// The member ids an `AssignedTo` object names, by `person_ids` or `emails`.
    static func assignees(
        _ value: JSONValue?, _ world: FlashdutyWorld
    ) throws(FlashdutyFailure) -> [Int] {
        guard let value, value != .null else { return [] }
        guard let object = value.objectValue else {
            throw .invalid("The specified parameter assigned_to is not valid.")
        }
        let assignment = FlashdutyCall(fields: object, callerId: 0, now: 0)
        var ids = try assignment.ints("person_ids") ?? []
        for email in try assignment.strings("emails") ?? [] {
            guard
                let member = world.members.first(where: {
                    $0.email.lowercased() == email.lowercased()
                })
            else {
                throw .invalid("The specified parameter assigned_to.emails is not valid: \(email).")
            }
            ids.append(member.id)
        }
        guard ids.count <= 100 else {
            throw .invalid("The specified parameter assigned_to is not valid.")
        }
        try world.checkMembers(ids, field: "assigned_to.person_ids")
        return ids.uniqued()
    }
}
