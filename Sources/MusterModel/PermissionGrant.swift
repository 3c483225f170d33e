import MusterDiagnostics

/// What an IM app, or a set of people, is allowed to do.
package struct PermissionGrant: Sendable {
    /// The two kinds of grant.
    package enum Form: Sendable {
        /// App scopes the integration's IM app must hold.
        case appScopes(integration: Located<String>, scopes: [Located<String>])
        /// A service role granted to members and teams.
        case role(RoleGrant)
    }

    package let metadata: DocumentMetadata
    package let form: Form

    package init(metadata: DocumentMetadata, form: Form) {
        self.metadata = metadata
        self.form = form
    }

    package var name: String { metadata.name }
}

/// A service role granted to members and teams, possibly declaring the role itself.
package struct RoleGrant: Sendable {
    /// The roles every account has, which cannot be changed.
    package static let presetRoles = ["Admin", "Responder", "Viewer"]

    package let role: Located<String>
    package let description: String?
    /// The permission points of a custom role; nil when this grant does not declare the role.
    package let permissions: [Located<String>]?
    package let members: [Located<String>]
    package let teams: [Located<String>]

    package init(
        role: Located<String>, description: String?, permissions: [Located<String>]?,
        members: [Located<String>], teams: [Located<String>]
    ) {
        self.role = role
        self.description = description
        self.permissions = permissions
        self.members = members
        self.teams = teams
    }

    /// Whether the role is one of the presets.
    package var isPreset: Bool { Self.presetRoles.contains(role.value) }
}
