extension FlashdutyAdapter {
    /// Persons asked for in one `/person/infos` call.
    package static let personBatch = 100

    /// Every member, phones masked, in pages of 100.
    package func members() async throws -> [FlashdutyMember] {
        try await allPages("/member/list", as: FlashdutyMember.self)
    }

    /// The persons with these member ids, with full phones; unknown ids are left out.
    package func persons(ids: [Int]) async throws -> [FlashdutyPerson] {
        var persons: [FlashdutyPerson] = []
        for start in stride(from: 0, to: ids.count, by: Self.personBatch) {
            let batch = Array(ids[start..<min(ids.count, start + Self.personBatch)])
            let page = try await post(
                "/person/infos", ["person_ids": batch], as: FlashdutyPage<FlashdutyPerson>.self)
            persons += page.items ?? []
        }
        return persons
    }

    /// Every team, with its members.
    package func teams() async throws -> [FlashdutyTeam] {
        try await allPages("/team/list", as: FlashdutyTeam.self)
    }

    /// Every channel (collaboration space).
    package func channels() async throws -> [FlashdutyChannel] {
        try await allPages("/channel/list", as: FlashdutyChannel.self)
    }

    /// The IM integrations that have war rooms on.
    package func warRoomIntegrations() async throws -> [FlashdutyIntegration] {
        let page = try await post(
            "/datasource/im/war-room-enabled/list", as: FlashdutyPage<FlashdutyIntegration>.self)
        return page.items ?? []
    }

    /// Links members to their IM accounts on an integration by verified email or phone.
    ///
    /// - Returns: The members linked by this call.
    package func tryLink(integrationID: Int) async throws -> [Int] {
        struct Linked: Decodable { var newLinkedPersonIds: [Int]? }
        let linked = try await post(
            "/datasource/im/person/try-link", ["integration_id": integrationID],
            safety: .idempotentWrite, as: Linked.self)
        return linked.newLinkedPersonIds ?? []
    }
}
