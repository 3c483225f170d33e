import MusterDiagnostics
import MusterModel

/// The planner's scratch space: the inputs, indexes over them, and what the stages found.
///
/// Each stage appends changes to its own list; `finish` joins the lists in stage order, each
/// sorted by address, which is what makes a plan deterministic.
struct PlanWork {
    /// The order stages' changes are applied in.
    enum Stage: Int, CaseIterable {
        case integrations, appScopes, roles, grants, links, rooms, revocations, deletions, forgets
    }

    let desired: Configuration
    let observed: ObservedState
    let state: OwnershipState
    let options: PlanOptions
    let index: ObservedIndex

    var changes: [Stage: [Change]] = [:]
    var checks: [PlanCheck] = []
    var diagnostics: [Diagnostic] = []
    /// What each planned object looked like live, by address.
    var fingerprints: [String: String] = [:]
    /// How grants name each role the configuration grants, once the roles stage has run.
    var roleReferences: [String: RoleReference] = [:]
    /// Roles whose own change was refused; their grants are left as they are.
    var blockedRoles: Set<String> = []
    /// The roles this plan creates, adopts or changes, whose grants wait for them.
    var changedRoles: Set<String> = []
    /// Every bound member's identity on each binding's platform.
    var identities: [PlanIdentity] = []
    /// The resolutions behind `identities`, for the war-room stage.
    var resolutions: [IdentityResolution] = [] {
        didSet { accounts = Self.accountIndex(resolutions) }
    }
    /// Each resolved member's IM account, by integration and then member id.
    var accounts: [String: [Int: String]] = [:]
    /// War rooms by incident id, built on first use.
    lazy var roomsByIncident: [String: [ObservedWarRoom]] = Dictionary(
        grouping: observed.warRooms, by: \.incidentID)

    static func accountIndex(_ resolutions: [IdentityResolution]) -> [String: [Int: String]] {
        var index: [String: [Int: String]] = [:]
        for resolution in resolutions {
            guard let account = resolution.account else { continue }
            index[resolution.integration, default: [:]][resolution.member.id] = account.id
        }
        return index
    }

    init(
        desired: Configuration, observed: ObservedState, state: OwnershipState,
        options: PlanOptions
    ) {
        self.desired = desired
        self.observed = observed
        self.state = state
        self.options = options
        self.index = ObservedIndex(observed.service)
    }

    mutating func add(_ change: Change, to stage: Stage, observed fingerprint: String) {
        changes[stage, default: []].append(change)
        fingerprints[change.address.description] = fingerprint
    }

    mutating func error(
        _ code: String, _ message: String, at location: SourceLocation?,
        notes: [String] = []
    ) {
        diagnostics.append(Diagnostic(.error, code: code, message, at: location, notes: notes))
    }

    mutating func warning(
        _ code: String, _ message: String, at location: SourceLocation?,
        notes: [String] = []
    ) {
        diagnostics.append(Diagnostic(.warning, code: code, message, at: location, notes: notes))
    }

    /// The plan of every stage, in stage order and address order within each.
    func finish() -> Plan {
        var ordered: [Change] = []
        for stage in Stage.allCases {
            ordered += (changes[stage] ?? []).sorted { $0.address < $1.address }
        }
        let sortedDiagnostics = diagnostics.sorted { lhs, rhs in
            let left = lhs.location.map { ($0.file, $0.line, $0.column) } ?? ("", 0, 0)
            let right = rhs.location.map { ($0.file, $0.line, $0.column) } ?? ("", 0, 0)
            if left != right { return left < right }
            return lhs.message < rhs.message
        }
        return Plan(
            changes: ordered, checks: checks.sorted { $0.address < $1.address },
            diagnostics: sortedDiagnostics, identities: identities)
    }
}

/// Lookups over the observed service, built once per plan so that every stage is linear.
struct ObservedIndex {
    let membersByEmail: [String: ObservedMember]
    let membersByID: [Int: ObservedMember]
    let teamsByName: [String: ObservedTeam]
    let rolesByName: [String: ObservedRole]
    let rolesByID: [Int: ObservedRole]
    let permissionsByName: [String: ObservedPermission]
    let permissionsByID: [Int: ObservedPermission]
    /// Who holds each role, by role id.
    let holders: [Int: Set<Int>]

    init(_ service: ObservedService) {
        var byEmail: [String: ObservedMember] = [:]
        var byID: [Int: ObservedMember] = [:]
        var holders: [Int: Set<Int>] = [:]
        for member in service.members {
            byID[member.id] = member
            if let email = member.email?.lowercased(), !email.isEmpty { byEmail[email] = member }
            for role in member.roleIDs { holders[role, default: []].insert(member.id) }
        }
        membersByEmail = byEmail
        membersByID = byID
        self.holders = holders
        teamsByName = Dictionary(
            service.teams.map { ($0.name.lowercased(), $0) },
            uniquingKeysWith: { first, _ in first })
        rolesByName = Dictionary(
            service.roles.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        rolesByID = Dictionary(
            service.roles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        permissionsByName = Dictionary(
            service.permissions.map { ($0.name.lowercased(), $0) },
            uniquingKeysWith: { first, _ in first })
        permissionsByID = Dictionary(
            service.permissions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether a member holds a role.
    func holds(_ memberID: Int, role roleID: Int) -> Bool {
        holders[roleID]?.contains(memberID) == true
    }
}
