extension FlashdutyAdapter {
    /// The incident's war rooms, on every integration.
    package func warRooms(of incidentID: String) async throws -> [FlashdutyWarRoom] {
        let page = try await post(
            "/incident/war-room/list", ["incident_id": incidentID],
            as: FlashdutyPage<FlashdutyWarRoom>.self)
        return page.items ?? []
    }

    /// Opens a war room for the incident on an integration, inviting its responders and
    /// `members`.
    ///
    /// The create has no idempotency key, so it is never sent twice. When its first attempt
    /// ends with its effect unknown, the incident's war rooms are read: the room that exists
    /// is returned, and if none does the uncertainty is thrown for the caller to decide.
    /// - Throws: `TransportError.uncertain` when no room turned up; `PlatformError` on refusal.
    package func createWarRoom(
        incident incidentID: String, integration integrationID: Int, members: [Int] = []
    ) async throws -> FlashdutyWarRoom {
        let body: [String: Any] = [
            "incident_id": incidentID, "integration_id": integrationID, "member_ids": members,
        ]
        do {
            return try await post(
                "/incident/war-room/create", body, safety: .nonIdempotentWrite)
        } catch let error as TransportError {
            guard case .uncertain = error else { throw error }
            let existing = try await warRooms(of: incidentID).first {
                $0.integrationId == integrationID && $0.isActive
            }
            guard let existing else { throw error }
            return existing
        }
    }

    /// The chat as the IM platform shows it now.
    package func warRoomDetail(
        integration integrationID: Int, chatID: String
    ) async throws
        -> FlashdutyWarRoom
    {
        try await post(
            "/incident/war-room/detail", ["integration_id": integrationID, "chat_id": chatID])
    }

    /// Invites members to the chat; members already in it stay.
    package func addWarRoomMembers(
        _ memberIDs: [Int], integration integrationID: Int, chatID: String
    ) async throws {
        try await perform(
            "/incident/war-room/add-member",
            ["integration_id": integrationID, "chat_id": chatID, "member_ids": memberIDs],
            safety: .idempotentWrite)
    }

    /// Dissolves (or archives) the incident's war room on an integration.
    package func deleteWarRoom(
        incident incidentID: String, integration integrationID: Int
    )
        async throws
    {
        try await perform(
            "/incident/war-room/delete",
            ["incident_id": incidentID, "integration_id": integrationID],
            safety: .idempotentWrite)
    }
}
