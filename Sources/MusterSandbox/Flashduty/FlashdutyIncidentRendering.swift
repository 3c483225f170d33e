/// The `IncidentInfo` shape of `/incident/info` and `/incident/list`, every required field
/// included.
enum FlashdutyIncidentRendering {
    static func incident(_ incident: FlashdutyIncident, world: FlashdutyWorld) -> JSONValue {
        let channel = world.channels.first { $0.id == incident.channelId }
        var object: [String: JSONValue] = [
            "incident_id": .string(incident.id), "account_id": .integer(world.account.id),
            "channel_id": .integer(incident.channelId), "integration_id": 0,
            "integration_ids": [], "integration_types": [], "dedup_key": "",
            "equals_md5": "", "start_time": .integer(incident.startTime),
            "end_time": .integer(incident.closeTime), "last_time": .integer(incident.updatedAt),
            "ack_time": .integer(incident.ackTime), "close_time": .integer(incident.closeTime),
            "creator_id": .integer(incident.creatorId), "closer_id": .integer(incident.closerId),
            "owner_id": 0, "incident_status": .string(status(of: incident)),
            "incident_severity": .string(incident.severity),
            "progress": .string(incident.progress), "title": .string(incident.title),
            "description": .string(incident.description), "ai_summary": "", "impact": "",
            "root_cause": .string(incident.rootCause),
            "resolution": .string(incident.resolution), "num": .string(incident.num),
            "created_at": .integer(incident.startTime), "updated_at": .integer(incident.updatedAt),
            "snoozed_before": .integer(incident.snoozedBefore), "group_method": "n",
            "ever_muted": false, "fields": [:],
            "alert_cnt": 0, "active_alert_cnt": 0, "alert_event_cnt": 0,
            "account_name": .string(world.account.name), "account_locale": "en-US",
            "account_time_zone": "UTC", "channel_name": .string(channel?.name ?? ""),
            "channel_status": .string(channel == nil ? "" : "enabled"),
            "detail_url": .string("https://console.flashcat.cloud/incident/detail/\(incident.id)"),
            "silence_url": "", "post_mortem_id": "", "images": [], "manual_overrides": [],
        ]
        object["labels"] = .object((incident.labels ?? [:]).mapValues(JSONValue.string))
        object["assigned_to"] = assignment(incident)
        object["responders"] = .array(incident.responders.map { responder($0, world: world) })
        return .object(object)
    }

    /// A closed incident's status is `Ok`; an open one's is its severity.
    private static func status(of incident: FlashdutyIncident) -> String {
        incident.progress == "Closed" ? "Ok" : incident.severity
    }

    /// The assignment; `person_ids` is left out when empty, as the spec needs one or more.
    private static func assignment(_ incident: FlashdutyIncident) -> JSONValue {
        var object: [String: JSONValue] = [
            "type": "assign", "assigned_at": .integer(incident.assignedAt),
        ]
        if !incident.responderIds.isEmpty {
            object["person_ids"] = .array(incident.responderIds.map { .integer($0) })
        }
        return .object(object)
    }

    private static func responder(
        _ responder: FlashdutyIncident.Responder, world: FlashdutyWorld
    ) -> JSONValue {
        let member = world.member(responder.personId)
        var object: [String: JSONValue] = [
            "person_id": .integer(responder.personId),
            "assigned_at": .integer(responder.assignedAt),
            "acknowledged_at": .integer(responder.acknowledgedAt),
            "person_name": .string(member?.name ?? ""), "as": "member",
        ]
        if let email = member?.email, !email.isEmpty { object["email"] = .string(email) }
        return .object(object)
    }
}
