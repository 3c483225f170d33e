import MusterDiagnostics

/// One thing a plan would do to the live side, or ask a person to do.
///
/// A change carries everything a reviewer needs: what, where, before and after (secrets already
/// masked), why, and the document that asked for it. Its `operation` is what `apply` carries
/// out; manual steps have none and say in `instructions` exactly what to do and where.
package struct Change: Sendable, Hashable, Codable {
    /// What a change does, with Terraform's names where Terraform has one.
    package enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        case create, update, delete, replace
        /// Starts managing an object that already exists (`--adopt`).
        case adopt
        /// Stops managing an object, leaving it as it is.
        case forget
        /// A step only a person can take, in a console.
        case manual

        /// The symbol the text renderer puts in front of the address.
        package var symbol: String {
            switch self {
            case .create: return "+"
            case .update: return "~"
            case .delete: return "-"
            case .replace: return "-/+"
            case .adopt: return ">"
            case .forget: return "x"
            case .manual: return "!"
            }
        }

        /// The verb in Terraform's JSON `actions` list.
        package var jsonActions: [String] {
            switch self {
            case .create: return ["create"]
            case .update: return ["update"]
            case .delete: return ["delete"]
            case .replace: return ["delete", "create"]
            case .adopt: return ["import"]
            case .forget: return ["forget"]
            case .manual: return ["manual"]
            }
        }

        /// Whether the change takes something away (what the destroy guardrail counts).
        package var isDestructive: Bool { self == .delete || self == .replace }
    }

    package let address: ResourceAddress
    package let action: Action
    package let before: PlanValue?
    package let after: PlanValue?
    /// Why the change is needed, as a short lowercase sentence.
    package let reason: String
    /// The document that caused the change; nil when the cause is the state alone.
    package let location: SourceLocation?
    /// The changes that must be applied first.
    package let dependsOn: [ResourceAddress]
    /// What apply does; nil for a manual step.
    package let operation: ChangeOperation?
    /// For a manual step: exactly what to do and where.
    package let instructions: String?

    package init(
        address: ResourceAddress, action: Action, before: PlanValue?, after: PlanValue?,
        reason: String, location: SourceLocation?, dependsOn: [ResourceAddress] = [],
        operation: ChangeOperation?, instructions: String? = nil
    ) {
        precondition(
            (action == .manual) == (operation == nil), "only manual steps lack an operation")
        self.address = address
        self.action = action
        self.before = before
        self.after = after
        self.reason = reason
        self.location = location
        self.dependsOn = dependsOn
        self.operation = operation
        self.instructions = instructions
    }
}

/// What apply does for one change, with every id it needs, so a saved plan can be applied
/// without planning again.
package enum ChangeOperation: Sendable, Hashable, Codable {
    case createRole(name: String, description: String, permissionIDs: [Int])
    case updateRole(roleID: Int, name: String, description: String, permissionIDs: [Int])
    case deleteRole(roleID: Int, name: String)
    case grantRole(role: RoleReference, memberID: Int, email: String)
    case revokeRole(roleID: Int, roleName: String, memberID: Int, email: String)
    /// Records an existing role as managed; nothing is sent.
    case adoptRole(roleID: Int, name: String)
    /// Records an existing grant as managed; nothing is sent.
    case adoptGrant(roleID: Int, roleName: String, memberID: Int, email: String)
    /// Drops a role from the state; nothing is sent.
    case forgetRole(name: String)
    /// Drops a grant from the state; nothing is sent.
    case forgetGrant(roleName: String, memberID: Int)
    /// Links a member to the IM account they resolve to, through the service's try-link (one
    /// call per integration links every member it can match by verified email or phone).
    case linkMember(
        integration: String, integrationID: Int64, memberID: Int, email: String,
        accountID: String)
    /// Drops a member link from the state; nothing is sent, and the link stays.
    case forgetLink(integration: String, memberID: Int)
    /// Opens the incident's war room through the service, names it, sets its topic, invites
    /// the members the service could not, posts the announcement and notes it in the timeline.
    case createWarRoom(WarRoomSpec)
    /// Deletes a room that was dissolved on the IM side, then opens it again.
    case recreateWarRoom(WarRoomSpec, oldChatID: String)
    /// Records an existing room as managed; nothing is sent.
    case adoptWarRoom(WarRoomSpec, chatID: String)
    case renameWarRoom(
        incidentID: String, integration: String, chatID: String, name: String, platform: String)
    case setWarRoomTopic(
        incidentID: String, integration: String, chatID: String, topic: String, platform: String)
    /// Invites IM accounts through the platform's own call.
    case inviteToWarRoom(
        incidentID: String, integration: String, chatID: String, accounts: [String],
        platform: String)
    /// Removes IM accounts through the platform's own call (only when the policy says so).
    case removeFromWarRoom(
        incidentID: String, integration: String, chatID: String, accounts: [String],
        platform: String)
    /// Dissolves the room through the service once its incident has been closed long enough.
    case dissolveWarRoom(
        incidentID: String, integrationID: Int64, chatID: String, integration: String)
    /// Drops a room from the state; nothing is sent.
    case forgetWarRoom(incidentID: String)

    /// Whether the operation only changes Muster's own state.
    package var isStateOnly: Bool {
        switch self {
        case .adoptRole, .adoptGrant, .forgetRole, .forgetGrant, .forgetLink, .adoptWarRoom,
            .forgetWarRoom:
            return true
        default: return false
        }
    }
}

/// A role as a grant names it: by id when it exists, by name when this plan creates it.
package enum RoleReference: Sendable, Hashable, Codable {
    case id(Int, name: String)
    /// A role created earlier in the same apply.
    case created(name: String)

    package var name: String {
        switch self {
        case .id(_, let name), .created(let name): return name
        }
    }
}

/// Everything a war-room create needs, fixed when the plan is made.
package struct WarRoomSpec: Sendable, Hashable, Codable {
    package var incidentID: String
    package var incidentNum: String
    package var integration: String
    package var integrationID: Int64
    package var platform: String
    package var policy: String
    package var name: String
    /// The topic with Muster's marker; nil where the platform has no topic.
    package var topic: String?
    package var announcement: String?
    /// Service members the service is asked to invite.
    package var memberIDs: [Int]
    /// Their IM accounts, for inviting through the platform those the service did not.
    package var accounts: [String]
    /// The short timeline note for the incident.
    package var comment: String

    package init(
        incidentID: String, incidentNum: String, integration: String, integrationID: Int64,
        platform: String, policy: String, name: String, topic: String?, announcement: String?,
        memberIDs: [Int], accounts: [String], comment: String
    ) {
        self.incidentID = incidentID
        self.incidentNum = incidentNum
        self.integration = integration
        self.integrationID = integrationID
        self.platform = platform
        self.policy = policy
        self.name = name
        self.topic = topic
        self.announcement = announcement
        self.memberIDs = memberIDs
        self.accounts = accounts
        self.comment = comment
    }
}
