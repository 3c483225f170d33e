/// The JSON shapes of Flashduty objects, with the field names of the official spec.
enum FlashdutyRendering {
    /// A `/member/list` item; the phone is masked, as the service masks it.
    static func member(_ member: FlashdutyWorld.Member, account: Int) -> JSONValue {
        [
            "account_id": .integer(account), "member_id": .integer(member.id),
            "member_name": .string(member.name), "country_code": .string(member.countryCode),
            "phone": .string(masked(member.phone)), "email": .string(member.email),
            "locale": "en-US", "time_zone": "UTC",
            "phone_verified": .bool(member.phoneVerified),
            "email_verified": .bool(member.emailVerified), "avatar": "",
            "status": .string(member.status),
            "account_role_ids": .array(member.roleIds.map { .integer($0) }),
            "is_external": false, "ref_id": .string(member.refId),
            "created_at": .integer(member.createdAt), "updated_at": .integer(member.updatedAt),
        ]
    }

    /// A `/person/infos` item, with the full phone.
    static func person(_ member: FlashdutyWorld.Member, account: Int) -> JSONValue {
        [
            "account_id": .integer(account), "person_id": .integer(member.id),
            "person_name": .string(member.name), "avatar": "", "locale": "en-US",
            "time_zone": "UTC", "email": .string(member.email), "phone": .string(member.phone),
            "country_code": .string(member.countryCode),
            "phone_verified": .bool(member.phoneVerified),
            "email_verified": .bool(member.emailVerified), "as": "member",
            "status": .string(member.status),
        ]
    }

    /// A phone with all but the first three and last four digits hidden.
    static func masked(_ phone: String) -> String {
        guard phone.count > 7 else { return String(repeating: "*", count: phone.count) }
        return String(phone.prefix(3)) + String(repeating: "*", count: phone.count - 7)
            + String(phone.suffix(4))
    }

    static func team(_ team: FlashdutyWorld.Team, world: FlashdutyWorld) -> JSONValue {
        [
            "account_id": .integer(world.account.id), "team_id": .integer(team.id),
            "team_name": .string(team.name), "description": .string(team.description),
            "status": "enabled", "updated_by_name": "", "updated_by": 0, "creator_id": 0,
            "creator_name": "", "created_at": .integer(team.createdAt),
            "updated_at": .integer(team.createdAt),
            "person_ids": .array(team.personIds.map { .integer($0) }),
            "ref_id": .string(team.refId),
        ]
    }

    static func channel(_ channel: FlashdutyWorld.Channel, world: FlashdutyWorld) -> JSONValue {
        let open = world.incidents.filter { $0.channelId == channel.id && $0.progress != "Closed" }
        let counts: JSONValue = [
            "Triggered": .integer(open.filter { $0.progress == "Triggered" }.count),
            "Processing": .integer(open.filter { $0.progress == "Processing" }.count),
        ]
        return [
            "channel_id": .integer(channel.id), "team_id": .integer(channel.teamId),
            "managing_team_ids": .array(channel.teamId == 0 ? [] : [.integer(channel.teamId)]),
            "creator_id": 0, "account_id": .integer(world.account.id),
            "channel_name": .string(channel.name), "description": .string(channel.description),
            "status": "enabled", "deleted_at": 0, "created_at": .integer(channel.createdAt),
            "updated_at": .integer(channel.createdAt), "auto_resolve_timeout": 0,
            "auto_resolve_mode": "trigger", "is_private": .bool(channel.isPrivate),
            "disable_outlier_detection": false, "disable_auto_close": false,
            "progress_to_incident_cnts": counts, "is_starred": false,
            "last_incident_at": .integer(
                world.incidents.filter { $0.channelId == channel.id }.map(\.startTime).max() ?? 0),
        ]
    }

    static func role(_ role: FlashdutyWorld.Role) -> JSONValue {
        [
            "role_id": .integer(role.id), "role_name": .string(role.name),
            "description": .string(role.description),
            "status": role.isEnabled ? "enabled" : "disabled",
            "permission_ids": .array(role.permissionIds.map { .integer($0) }),
            "editable": .bool(!role.isPreset), "created_at": .integer(role.createdAt),
            "updated_at": .integer(role.updatedAt),
        ]
    }

    /// A `/datasource/im/war-room-enabled/list` item; `settings` never shows secrets.
    static func integration(_ item: FlashdutyWorld.Integration, account: Int) -> JSONValue {
        [
            "account_id": .integer(account), "category": "im",
            "created_at": .integer(item.createdAt), "creator_id": 0,
            "data_source_id": .integer(item.id), "integration_id": .integer(item.id),
            "description": "", "exclusive_data_source_id": 0, "integration_key": "",
            "last_time": 0, "name": .string(item.name), "no_editable": false,
            "plugin_id": 0, "plugin_type": .string(item.pluginType),
            "plugin_type_name": .string(FlashdutyPluginType.displayName(of: item.pluginType)),
            "ref_id": "",
            "settings": ["enable_war_room": .bool(item.isWarRoomEnabled)],
            "status": "enabled", "team_id": .integer(item.teamId),
            "updated_at": .integer(item.createdAt), "updated_by": 0,
        ]
    }

    static func feedEntry(
        _ entry: FlashdutyIncident.FeedEntry, incident: FlashdutyIncident, account: Int
    ) -> JSONValue {
        [
            "ref_id": .string(incident.id), "type": .string(entry.type), "detail": entry.detail,
            "account_id": .integer(account), "creator_id": .integer(entry.creatorId),
            "created_at": .integer(entry.createdAt), "updated_at": .integer(entry.createdAt),
        ]
    }

    static func warRoom(_ room: FlashdutyWorld.WarRoom, world: FlashdutyWorld) -> JSONValue {
        let pluginType = world.integrations.first { $0.id == room.integrationId }?.pluginType
        return [
            "account_id": .integer(world.account.id),
            "integration_id": .integer(room.integrationId),
            "created_by": .integer(room.createdBy), "chat_id": .string(room.chatId),
            "chat_name": .string(room.chatName), "share_link": .string(room.shareLink),
            "incident_id": .string(room.incidentId), "status": .string(room.status),
            "created_at": .integer(room.createdAt), "plugin_type": .string(pluginType ?? ""),
        ]
    }
}

extension String {
    /// The string with its first letter uppercased.
    fileprivate var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
