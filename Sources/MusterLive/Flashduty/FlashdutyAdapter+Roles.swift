extension FlashdutyAdapter {
    /// Every role, the preset Admin, Responder and Viewer included.
    package func roles() async throws -> [FlashdutyRole] {
        try await allPages("/role/list", as: FlashdutyRole.self)
    }

    /// The whole permission catalog.
    package func permissions() async throws -> [FlashdutyPermission] {
        let page = try await post(
            "/role/permission/list", ["with_all": true],
            as: FlashdutyPage<FlashdutyPermission>.self)
        return page.items ?? []
    }

    /// Creates a role (no `id`) or replaces its name, description and permissions.
    ///
    /// An update names its role, so it may be repeated; a create may not.
    /// - Returns: The role's id.
    package func upsertRole(
        id: Int? = nil, name: String, description: String = "", permissionIDs: [Int]
    ) async throws -> Int {
        struct Upserted: Decodable { var roleId: Int }
        var body: [String: Any] = [
            "role_name": name, "description": description, "permission_ids": permissionIDs,
        ]
        if let id { body["role_id"] = id }
        let safety: CallSafety = id == nil ? .nonIdempotentWrite : .idempotentWrite
        return try await post("/role/upsert", body, safety: safety, as: Upserted.self).roleId
    }

    /// Grants a role to members; granting it again changes nothing.
    package func grantRole(_ roleID: Int, to memberIDs: [Int]) async throws {
        try await perform(
            "/role/member/grant", ["role_id": roleID, "member_ids": memberIDs],
            safety: .idempotentWrite)
    }

    /// Takes a role from members; members without it are left as they are.
    package func revokeRole(_ roleID: Int, from memberIDs: [Int]) async throws {
        try await perform(
            "/role/member/revoke", ["role_id": roleID, "member_ids": memberIDs],
            safety: .idempotentWrite)
    }

    /// Turns a custom role on.
    package func enableRole(_ roleID: Int) async throws {
        try await perform("/role/enable", ["role_id": roleID], safety: .idempotentWrite)
    }

    /// Turns a custom role off; its grants stay.
    package func disableRole(_ roleID: Int) async throws {
        try await perform("/role/disable", ["role_id": roleID], safety: .idempotentWrite)
    }

    /// Deletes a custom role; Flashduty refuses (`ReferenceExist`) while it is granted.
    package func deleteRole(_ roleID: Int) async throws {
        try await perform("/role/delete", ["role_id": roleID], safety: .idempotentWrite)
    }
}
