/// A permission a role can grant, from the emulator's fixed catalog.
struct FlashdutyPermission: Sendable {
    var id: Int
    var name: String
    /// `read` or `manage`.
    var type: String
    var permissionClass: String
    var scope: String

    static let incidentsRead = 101
    static let incidentsManage = 102
    static let channelsManage = 103
    static let membersManage = 104
    static let rolesManage = 105
    static let teamsManage = 106
    static let integrationsManage = 107

    /// Every permission, by id.
    static let catalog: [FlashdutyPermission] = [
        .init(
            id: incidentsRead, name: "Incidents Read", type: "read", permissionClass: "incident",
            scope: "on-call"),
        .init(
            id: incidentsManage, name: "Incidents Manage", type: "manage",
            permissionClass: "incident", scope: "on-call"),
        .init(
            id: channelsManage, name: "Channels Manage", type: "manage", permissionClass: "channel",
            scope: "on-call"),
        .init(
            id: membersManage, name: "Members Manage", type: "manage", permissionClass: "member",
            scope: "platform"),
        .init(
            id: rolesManage, name: "Roles Manage", type: "manage", permissionClass: "role",
            scope: "platform"),
        .init(
            id: teamsManage, name: "Teams Manage", type: "manage", permissionClass: "team",
            scope: "platform"),
        .init(
            id: integrationsManage, name: "Integrations Manage", type: "manage",
            permissionClass: "integration", scope: "on-call"),
    ]

    /// The preset roles, which cannot be edited, enabled, disabled or deleted.
    static func presetRoles(now: Int) -> [FlashdutyWorld.Role] {
        [
            .init(
                id: 1, name: "Admin", isEnabled: true, permissionIds: catalog.map(\.id),
                isPreset: true, createdAt: now, updatedAt: now),
            .init(
                id: 2, name: "Responder", isEnabled: true,
                permissionIds: [incidentsRead, incidentsManage], isPreset: true, createdAt: now,
                updatedAt: now),
            .init(
                id: 3, name: "Viewer", isEnabled: true, permissionIds: [incidentsRead],
                isPreset: true, createdAt: now, updatedAt: now),
        ]
    }
}
