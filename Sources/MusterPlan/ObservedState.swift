/// The live side as the adapters read it, reduced to what the planner compares.
///
/// It is plain data: the live layer fills it in, and the planner and tests build it freely.
/// Lists are kept in the order the platform gave; the planner sorts what it prints.
package struct ObservedState: Sendable, Hashable {
    package var service: ObservedService
    /// Each integration's IM app, by the integration document's name.
    package var apps: [String: ObservedApp]
    /// What each integration's IM platform said about the people its bindings look up, by
    /// the integration document's name.
    package var directories: [String: ObservedDirectory]
    /// The incidents war-room policies look at: the open ones, those closed recently enough
    /// for a room to be due for dissolving, and those with a room Muster manages.
    package var incidents: [ObservedIncident]
    /// The war rooms of those incidents.
    package var warRooms: [ObservedWarRoom]

    package init(
        service: ObservedService, apps: [String: ObservedApp] = [:],
        directories: [String: ObservedDirectory] = [:], incidents: [ObservedIncident] = [],
        warRooms: [ObservedWarRoom] = []
    ) {
        self.service = service
        self.apps = apps
        self.directories = directories
        self.incidents = incidents
        self.warRooms = warRooms
    }
}

/// The incident service's account: roles, members, teams and IM integrations.
package struct ObservedService: Sendable, Hashable {
    package var roles: [ObservedRole]
    package var permissions: [ObservedPermission]
    package var members: [ObservedMember]
    package var teams: [ObservedTeam]
    /// The IM integrations that have war rooms on.
    package var warRoomIntegrations: [ObservedIntegration]

    package init(
        roles: [ObservedRole] = [], permissions: [ObservedPermission] = [],
        members: [ObservedMember] = [], teams: [ObservedTeam] = [],
        warRoomIntegrations: [ObservedIntegration] = []
    ) {
        self.roles = roles
        self.permissions = permissions
        self.members = members
        self.teams = teams
        self.warRoomIntegrations = warRoomIntegrations
    }
}

/// A role of the service and the permissions it grants.
package struct ObservedRole: Sendable, Hashable {
    package var id: Int
    package var name: String
    package var description: String
    package var permissionIDs: [Int]
    /// False for the preset roles, which nobody may change.
    package var isEditable: Bool
    package var isEnabled: Bool

    package init(
        id: Int, name: String, description: String = "", permissionIDs: [Int] = [],
        isEditable: Bool = true, isEnabled: Bool = true
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.permissionIDs = permissionIDs
        self.isEditable = isEditable
        self.isEnabled = isEnabled
    }
}

/// One permission point a custom role may grant.
package struct ObservedPermission: Sendable, Hashable {
    package var id: Int
    package var name: String

    package init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// A member of the service account, with the roles it holds.
package struct ObservedMember: Sendable, Hashable {
    package var id: Int
    package var name: String
    package var email: String?
    /// `enabled`, `pending` or `deleted`.
    package var status: String
    package var roleIDs: [Int]
    /// The full phone in E.164 (from `/person/infos`, since lists mask it); nil when unknown.
    package var phone: String?
    package var isEmailVerified: Bool
    package var isPhoneVerified: Bool

    /// How plans name the member: the email, else the phone, else `member <id>`.
    package var handle: String {
        if let email, !email.isEmpty { return email }
        if let phone, !phone.isEmpty { return phone }
        return "member \(id)"
    }

    package init(
        id: Int, name: String, email: String?, status: String = "enabled", roleIDs: [Int],
        phone: String? = nil, isEmailVerified: Bool = true, isPhoneVerified: Bool = false
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.status = status
        self.roleIDs = roleIDs
        self.phone = phone
        self.isEmailVerified = isEmailVerified
        self.isPhoneVerified = isPhoneVerified
    }
}

/// A team and its members.
package struct ObservedTeam: Sendable, Hashable {
    package var id: Int
    package var name: String
    package var memberIDs: [Int]

    package init(id: Int, name: String, memberIDs: [Int]) {
        self.id = id
        self.name = name
        self.memberIDs = memberIDs
    }
}

/// An IM integration of the service.
package struct ObservedIntegration: Sendable, Hashable {
    package var id: Int64
    package var name: String
    /// The IM, as `slack`, `feishu` or `dingtalk`.
    package var pluginType: String

    package init(id: Int64, name: String, pluginType: String) {
        self.id = id
        self.name = name
        self.pluginType = pluginType
    }
}

/// An integration's IM app as its platform sees it: whether its credentials work, and which
/// scopes it holds.
package struct ObservedApp: Sendable, Hashable {
    /// What the platform says about the app's scopes.
    package enum Scopes: Sendable, Hashable {
        /// The platform listed them.
        case granted([String])
        /// The platform has no call that lists them; the reason says how they are checked.
        case unlisted(reason: String)
    }

    /// Who the app is on its platform (a bot user, an app id); nil when unreachable.
    package var identity: String?
    /// Why the app could not be reached with its credentials, as the platform said it.
    package var failure: String?
    package var scopes: Scopes

    package init(identity: String?, failure: String? = nil, scopes: Scopes) {
        self.identity = identity
        self.failure = failure
        self.scopes = scopes
    }
}
