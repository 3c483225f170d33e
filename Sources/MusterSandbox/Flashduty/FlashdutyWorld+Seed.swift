extension FlashdutyWorld {
    /// The account a seed describes, with the preset roles and the seed's incidents opened
    /// on the clock's time `now`.
    package init(seed: FlashdutySeed, now: Double) {
        let created = Int(now) - 86_400 * 30
        account = seed.account
        rateLimits = seed.rateLimits ?? FlashdutyRateLimits()
        appKeys = seed.appKeys.map {
            AppKey(key: $0.key, memberId: $0.memberId, isRevoked: $0.isRevoked ?? false)
        }
        members = seed.members.map { Self.makeMember($0, created: created) }
        teams = (seed.teams ?? []).map {
            Team(
                id: $0.id, name: $0.name, description: $0.description ?? "",
                personIds: $0.personIds ?? [], refId: "", createdAt: created)
        }
        channels = (seed.channels ?? []).map {
            Channel(
                id: $0.id, name: $0.name, description: $0.description ?? "",
                teamId: $0.teamId ?? 0, isPrivate: $0.isPrivate ?? false, createdAt: created)
        }
        roles =
            FlashdutyPermission.presetRoles(now: created)
            + (seed.roles ?? []).map {
                Role(
                    id: $0.id, name: $0.name, isEnabled: $0.isEnabled ?? true,
                    permissionIds: $0.permissionIds ?? [], isPreset: false, createdAt: created,
                    updatedAt: created)
            }
        integrations = (seed.integrations ?? []).map { Self.makeIntegration($0, created: created) }
        for incident in seed.incidents ?? [] { openSeeded(incident, now: now) }
    }

    private static func makeMember(_ seed: FlashdutySeed.Member, created: Int) -> Member {
        Member(
            id: seed.id, name: seed.name, email: seed.email ?? "", phone: seed.phone ?? "",
            countryCode: seed.countryCode ?? "", emailVerified: seed.emailVerified ?? true,
            phoneVerified: seed.phoneVerified ?? false, status: seed.status ?? "enabled",
            roleIds: seed.roleIds ?? [2], refId: "", createdAt: created, updatedAt: created)
    }

    private static func makeIntegration(
        _ seed: FlashdutySeed.Integration, created: Int
    ) -> Integration {
        Integration(
            id: seed.id, name: seed.name, pluginType: seed.pluginType,
            platform: seed.platform ?? FlashdutyPluginType.service(of: seed.pluginType),
            appId: seed.appId,
            isWarRoomEnabled: seed.isWarRoomEnabled ?? false, teamId: seed.teamId ?? 0,
            createdAt: created, links: seed.links ?? [])
    }

    private mutating func openSeeded(_ seed: FlashdutySeed.Incident, now: Double) {
        let start = now - Double(seed.ageSeconds ?? 0)
        let index = openIncident(
            title: seed.title, description: "", severity: seed.severity ?? "Warning",
            channelId: seed.channelId ?? 0, responderIds: seed.responderIds ?? [],
            labels: seed.labels ?? [:], creator: 0, now: start)
        if seed.progress == "Processing" || seed.progress == "Closed" {
            incidents[index].progress = "Processing"
            incidents[index].ackTime = Int(start) + 60
            incidents[index].record("i_ack", [:], by: 0, now: start + 60)
        }
        if seed.progress == "Closed" {
            close(index, by: 0, from: "event", now: start + 600)
        }
    }
}
