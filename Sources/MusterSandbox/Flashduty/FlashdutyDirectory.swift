/// The read-only directory calls: members, persons, teams and channels.
enum FlashdutyDirectory {
    static func memberList(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let fd = world.flashduty
        var members = fd.members.filter { $0.status != "deleted" }
        if let query = try call.string("query")?.lowercased(), !query.isEmpty {
            members = members.filter {
                $0.name.lowercased().contains(query) || $0.email.lowercased().contains(query)
                    || $0.phone == query
            }
        }
        if let role = try call.int("role_id"), role != 0 {
            members = members.filter { $0.roleIds.contains(role) }
        }
        members = try sorted(members, call)
        let page = try FlashdutyPage(members, call: call, defaultLimit: 100, allowsCursor: true)
        return .object(page.fields { FlashdutyRendering.member($0, account: fd.account.id) })
    }

    private static func sorted(
        _ members: [FlashdutyWorld.Member], _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> [FlashdutyWorld.Member] {
        let byUpdate = try call.string("orderby") == "updated_at"
        let ascending = try call.bool("asc") ?? true
        let ordered = members.sorted { a, b in
            let (x, y) = byUpdate ? (a.updatedAt, b.updatedAt) : (a.createdAt, b.createdAt)
            return x != y ? x < y : a.id < b.id
        }
        return ascending ? ordered : ordered.reversed()
    }

    static func memberInfo(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let fd = world.flashduty
        guard let member = fd.member(call.callerId) else { throw .notFound("member not found") }
        guard case .object(var fields) = FlashdutyRendering.member(member, account: fd.account.id)
        else { return [:] }
        fields["account_name"] = .string(fd.account.name)
        fields["account_email"] = .string(fd.account.email)
        fields["account_role_ids"] = .array(member.roleIds.map { .integer($0) })
        fields["account_locale"] = "en-US"
        fields["account_time_zone"] = "UTC"
        fields["domain"] = .string(fd.account.domain)
        for key in ["created_at", "updated_at", "ref_id"] { fields[key] = nil }
        return .object(fields)
    }

    /// Unknown ids are ignored, as the service ignores them.
    static func personInfos(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let ids = try call.requiredInts("person_ids")
        let fd = world.flashduty
        let items = ids.compactMap { fd.member($0) }.map {
            FlashdutyRendering.person($0, account: fd.account.id)
        }
        return ["items": .array(items)]
    }

    static func teamList(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let fd = world.flashduty
        var teams = fd.teams
        if let person = try call.int("person_id"), person != 0 {
            teams = teams.filter { $0.personIds.contains(person) }
        }
        if let query = try call.string("query")?.lowercased(), !query.isEmpty {
            teams = teams.filter { $0.name.lowercased().contains(query) }
        }
        let page = try FlashdutyPage(teams, call: call)
        return .object(page.fields { FlashdutyRendering.team($0, world: fd) })
    }

    static func teamInfo(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let id = try call.int("team_id")
        let name = try call.string("team_name")
        let ref = try call.string("ref_id")
        guard id != nil || name != nil || ref != nil else { throw call.missing("team_id") }
        let team = world.flashduty.teams.first {
            (id == nil || $0.id == id) && (name == nil || $0.name == name)
                && (ref == nil || $0.refId == ref)
        }
        guard let team else { throw .notFound("The team was not found.") }
        return FlashdutyRendering.team(team, world: world.flashduty)
    }

    static func channelList(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let fd = world.flashduty
        var channels = fd.channels
        if let ids = try call.ints("channel_ids"), !ids.isEmpty {
            channels = channels.filter { ids.contains($0.id) }
        }
        if let teams = try call.ints("team_ids"), !teams.isEmpty {
            channels = channels.filter { teams.contains($0.teamId) }
        }
        if let name = try call.string("channel_name"), !name.isEmpty {
            channels = channels.filter { $0.name == name }
        }
        if let query = try call.string("query")?.lowercased(), !query.isEmpty {
            channels = channels.filter { $0.name.lowercased().contains(query) }
        }
        let page = try FlashdutyPage(channels, call: call, defaultLimit: 100)
        var fields = page.fields { FlashdutyRendering.channel($0, world: fd) }
        fields["p"] = nil
        fields["limit"] = nil
        return .object(fields)
    }

    static func channelInfo(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let id = try call.requiredInt("channel_id")
        guard let channel = world.flashduty.channels.first(where: { $0.id == id }) else {
            throw .notFound("The channel \(id) was not found.")
        }
        return FlashdutyRendering.channel(channel, world: world.flashduty)
    }
}
