/// The IM-integration calls: the war-room-enabled list and one-click link.
enum FlashdutyIntegrations {
    static func warRoomEnabledList(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let fd = world.flashduty
        let items = fd.integrations.filter(\.isWarRoomEnabled).map {
            FlashdutyRendering.integration($0, account: fd.account.id)
        }
        return ["items": .array(items)]
    }

    /// Links every unlinked, enabled member whose verified email (or verified phone, where the
    /// platform looks users up by phone) matches an active IM user, and returns their ids.
    static func tryLink(
        _ world: inout SandboxWorld, _ call: FlashdutyCall
    ) throws(FlashdutyFailure) -> JSONValue {
        let index = try world.flashduty.integrationIndex(call.requiredInt("integration_id"))
        let integration = world.flashduty.integrations[index]
        guard let host = world[chatHost: integration.platform] else {
            throw FlashdutyFailure(
                "InternalError", "The IM platform \(integration.platform) is not reachable.")
        }
        var linked: [Int] = []
        let alreadyLinked = Set(integration.links.map(\.memberId))
        // TODO: each match scans the platform's users, so linking N members costs N × users;
        // the hosts should offer a batch lookup that indexes their users by contact once.
        for member in world.flashduty.members where member.status == "enabled" {
            guard !alreadyLinked.contains(member.id),
                let imUser = match(member, on: host, app: integration.appId)
            else { continue }
            world.flashduty.integrations[index].links.append(
                .init(memberId: member.id, imUserId: imUser))
            linked.append(member.id)
        }
        return ["new_linked_person_ids": .array(linked.map { .integer($0) })]
    }

    private static func match(
        _ member: FlashdutyWorld.Member, on host: any WarRoomChatHost, app: String
    ) -> String? {
        if host.matchesEmail, member.emailVerified, !member.email.isEmpty,
            let id = host.userID(email: member.email, app: app)
        {
            return id
        }
        guard host.matchesPhone, member.phoneVerified, let phone = e164(member) else { return nil }
        return host.userID(phone: phone, app: app)
    }

    /// `+<country><national>` with separators and a national trunk `0` dropped, as a member's
    /// `07700 900002` with `+44` is `+447700900002` (a phone stored with its own `+` keeps its
    /// digits); nil without digits.
    static func e164(_ member: FlashdutyWorld.Member) -> String? {
        var national = PhoneDigits.of(member.phone)
        guard !national.isEmpty else { return nil }
        if member.phone.hasPrefix("+") { return "+" + national }
        if national.hasPrefix("0") { national.removeFirst() }
        return "+" + PhoneDigits.of(member.countryCode) + national
    }
}
