/// The Flashduty admin actions under `/_sandbox/flashduty/`: incidents changed behind the
/// API's back, as alerts and other people would change them, and the rate limits.
///
/// | action | body |
/// |---|---|
/// | `incidents` | `{"title", "severity", "channel_id", "responder_ids", "description", "labels"}` |
/// | `incident/responders` | `{"incident_id", "responder_ids"}` (replaces them) |
/// | `incident/severity` | `{"incident_id", "severity"}` |
/// | `incident/close` | `{"incident_id"}` |
/// | `rate-limits` | `{"isEnabled", "perSecond", "perMinute"}` |
/// | `member/roles` | `{"member_id", "role_ids"}` (replaces the member's roles, as a console admin would) |
/// | `member/email` | `{"member_id", "email", "email_verified"}` (a new address, unverified unless said) |
enum FlashdutyAdmin {
    /// The body of `member/roles`.
    private struct MemberRoles: Codable {
        var memberId: Int
        var roleIds: [Int]

        enum CodingKeys: String, CodingKey {
            case memberId = "member_id"
            case roleIds = "role_ids"
        }
    }

    /// The body of `member/email`.
    private struct MemberEmail: Codable {
        var memberId: Int
        var email: String
        var emailVerified: Bool?

        enum CodingKeys: String, CodingKey {
            case memberId = "member_id"
            case email
            case emailVerified = "email_verified"
        }
    }

    /// The body of the incident actions.
    private struct IncidentChange: Codable {
        var incidentId: String?
        var title: String?
        var description: String?
        var severity: String?
        var channelId: Int?
        var responderIds: [Int]?
        var labels: [String: String]?

        enum CodingKeys: String, CodingKey {
            case incidentId = "incident_id"
            case title, description, severity, labels
            case channelId = "channel_id"
            case responderIds = "responder_ids"
        }
    }

    static func run(
        _ action: String, body: [UInt8], in store: SandboxStore
    ) throws(SandboxError) -> JSONValue? {
        if action == "rate-limits" {
            let limits = try JSONCoding.decode(FlashdutyRateLimits.self, from: body)
            store.update { world in
                world.flashduty.rateLimits = limits
                world.flashduty.rateWindows = [:]
                return ((), true)
            }
            return ["ok": true]
        }
        if action == "member/roles" {
            return try setRoles(try JSONCoding.decode(MemberRoles.self, from: body), in: store)
        }
        if action == "member/email" {
            return try setEmail(try JSONCoding.decode(MemberEmail.self, from: body), in: store)
        }
        guard
            ["incidents", "incident/responders", "incident/severity", "incident/close"].contains(
                action)
        else {
            return nil
        }
        let change = try JSONCoding.decode(
            IncidentChange.self, from: body.isEmpty ? Array("{}".utf8) : body)
        return try store.update { world in
            let result = Result { () throws(SandboxError) in try apply(action, change, &world) }
            return (result, (try? result.get()) != nil)
        }.get()
    }

    private static func setRoles(
        _ change: MemberRoles, in store: SandboxStore
    ) throws(SandboxError) -> JSONValue {
        let found = store.update { world in
            guard
                let index = world.flashduty.members.firstIndex(where: { $0.id == change.memberId })
            else { return (false, false) }
            world.flashduty.members[index].roleIds = change.roleIds
            return (true, true)
        }
        guard found else { throw .unknownObject("member \(change.memberId)") }
        return ["ok": true]
    }

    /// Changes a member's email, as the member would in their profile: a new address is
    /// unverified until they confirm it, unless the body says otherwise. Existing IM links stay.
    private static func setEmail(
        _ change: MemberEmail, in store: SandboxStore
    ) throws(SandboxError) -> JSONValue {
        let found = store.update { world in
            guard
                let index = world.flashduty.members.firstIndex(where: { $0.id == change.memberId })
            else { return (false, false) }
            world.flashduty.members[index].email = change.email
            world.flashduty.members[index].emailVerified = change.emailVerified ?? false
            return (true, true)
        }
        guard found else { throw .unknownObject("member \(change.memberId)") }
        return ["ok": true]
    }

    private static func apply(
        _ action: String, _ change: IncidentChange, _ world: inout SandboxWorld
    ) throws(SandboxError) -> JSONValue {
        let now = world.clock.now
        if action == "incidents" {
            let index = world.flashduty.openIncident(
                title: change.title ?? "Sandbox incident", description: change.description ?? "",
                severity: change.severity ?? "Warning", channelId: change.channelId ?? 0,
                responderIds: change.responderIds ?? [], labels: change.labels ?? [:], creator: 0,
                now: now)
            return ["ok": true, "incident_id": .string(world.flashduty.incidents[index].id)]
        }
        guard let id = change.incidentId,
            let index = world.flashduty.incidents.firstIndex(where: { $0.id == id })
        else {
            throw .unknownObject("incident '\(change.incidentId ?? "")'")
        }
        switch action {
        case "incident/responders":
            let ids = change.responderIds ?? []
            world.flashduty.reassign(index, to: ids, type: "reassign", by: 0, now: now)
            FlashdutyWarRooms.inviteToWarRooms(ids, incident: index, in: &world)
        case "incident/severity":
            guard let severity = change.severity, FlashdutyIncidents.severities.contains(severity)
            else {
                throw .invalidRequestBody("severity must be Critical, Warning or Info")
            }
            world.flashduty.changeSeverity(index, to: severity, by: 0, now: now)
        default:
            world.flashduty.close(index, by: 0, from: "event", now: now)
        }
        return ["ok": true, "incident_id": .string(id)]
    }
}
