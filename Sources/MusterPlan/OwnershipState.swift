/// What Muster manages: the objects it created or adopted, and nothing else.
///
/// Muster deletes or revokes only what this state lists. The state is a value; the state
/// store reads and writes it atomically under a lock. Keys are names and member ids as text,
/// so the JSON form is stable and sorted.
package struct OwnershipState: Sendable, Hashable, Codable {
    /// The version of the state file's format.
    package static let currentFormat = 1

    /// How an object came to be managed.
    package enum Origin: String, Sendable, Hashable, Codable {
        case created, adopted
    }

    /// A role Muster manages.
    package struct ManagedRole: Sendable, Hashable, Codable {
        package var id: Int
        package var origin: Origin

        package init(id: Int, origin: Origin) {
            self.id = id
            self.origin = origin
        }
    }

    /// A grant of a role to one member that Muster manages.
    package struct ManagedGrant: Sendable, Hashable, Codable {
        package var memberID: Int
        /// The member's email when the grant was made, for people reading the state.
        package var email: String
        package var origin: Origin

        package init(memberID: Int, email: String, origin: Origin) {
            self.memberID = memberID
            self.email = email
            self.origin = origin
        }
    }

    /// A member's IM link that Muster made (or found made) through the service's try-link.
    package struct ManagedLink: Sendable, Hashable, Codable {
        package var memberID: Int
        package var email: String
        /// The IM account the member resolved to when linked.
        package var accountID: String
        package var origin: Origin

        package init(memberID: Int, email: String, accountID: String, origin: Origin) {
            self.memberID = memberID
            self.email = email
            self.accountID = accountID
            self.origin = origin
        }
    }

    /// A war room Muster created (or adopted) for an incident.
    package struct ManagedRoom: Sendable, Hashable, Codable {
        package var incidentNum: String
        package var integration: String
        package var chatID: String
        /// The name Muster gave the room.
        package var name: String
        package var policy: String
        package var origin: Origin

        package init(
            incidentNum: String, integration: String, chatID: String, name: String,
            policy: String, origin: Origin
        ) {
            self.incidentNum = incidentNum
            self.integration = integration
            self.chatID = chatID
            self.name = name
            self.policy = policy
            self.origin = origin
        }
    }

    package var formatVersion: Int
    /// Incremented by every write, so two copies can be told apart.
    package var serial: Int
    /// Fixed when the state is first created; a state from elsewhere has another.
    package var lineage: String
    /// Managed roles, by name.
    package var roles: [String: ManagedRole]
    /// Managed grants, by role name and then member id.
    package var grants: [String: [String: ManagedGrant]]
    /// Managed member links, by integration name and then member id.
    package var links: [String: [String: ManagedLink]]
    /// Managed war rooms, by incident id.
    package var rooms: [String: ManagedRoom]

    package init(
        lineage: String, serial: Int = 0, roles: [String: ManagedRole] = [:],
        grants: [String: [String: ManagedGrant]] = [:],
        links: [String: [String: ManagedLink]] = [:],
        rooms: [String: ManagedRoom] = [:]
    ) {
        self.formatVersion = Self.currentFormat
        self.serial = serial
        self.lineage = lineage
        self.roles = roles
        self.grants = grants
        self.links = links
        self.rooms = rooms
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, serial, lineage, roles, grants, links, rooms
    }

    /// Reads a state; files written before links were managed have none.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        serial = try container.decode(Int.self, forKey: .serial)
        lineage = try container.decode(String.self, forKey: .lineage)
        roles = try container.decode([String: ManagedRole].self, forKey: .roles)
        grants = try container.decode([String: [String: ManagedGrant]].self, forKey: .grants)
        links =
            try container.decodeIfPresent([String: [String: ManagedLink]].self, forKey: .links)
            ?? [:]
        rooms = try container.decodeIfPresent([String: ManagedRoom].self, forKey: .rooms) ?? [:]
    }

    /// Whether nothing is managed.
    package var isEmpty: Bool {
        roles.isEmpty && grants.values.allSatisfy(\.isEmpty) && links.values.allSatisfy(\.isEmpty)
            && rooms.isEmpty
    }

    /// The managed link of a member on an integration, if any.
    package func link(integration: String, memberID: Int) -> ManagedLink? {
        links[integration]?[String(memberID)]
    }

    /// The managed grant of a role to a member, if any.
    package func grant(role: String, memberID: Int) -> ManagedGrant? {
        grants[role]?[String(memberID)]
    }

    /// Records a grant as managed.
    package mutating func recordGrant(role: String, _ grant: ManagedGrant) {
        grants[role, default: [:]][String(grant.memberID)] = grant
    }

    /// Stops managing a grant.
    package mutating func removeGrant(role: String, memberID: Int) {
        grants[role]?[String(memberID)] = nil
        if grants[role]?.isEmpty == true { grants[role] = nil }
    }

    /// Carries out what a successful operation means for ownership.
    ///
    /// - Parameters:
    ///   - createdID: The id a `createRole` answered with.
    ///   - chatID: The chat a war-room create made.
    package mutating func record(
        _ operation: ChangeOperation, createdID: Int? = nil, chatID: String? = nil
    ) {
        switch operation {
        case .createRole(let name, _, _):
            if let createdID { roles[name] = ManagedRole(id: createdID, origin: .created) }
        case .updateRole(let roleID, let name, _, _):
            if roles[name] == nil { roles[name] = ManagedRole(id: roleID, origin: .adopted) }
        case .adoptRole(let roleID, let name):
            roles[name] = ManagedRole(id: roleID, origin: .adopted)
        case .deleteRole(_, let name), .forgetRole(let name):
            roles[name] = nil
        case .grantRole(let role, let memberID, let email):
            recordGrant(
                role: role.name, ManagedGrant(memberID: memberID, email: email, origin: .created))
        case .adoptGrant(_, let role, let memberID, let email):
            recordGrant(
                role: role, ManagedGrant(memberID: memberID, email: email, origin: .adopted))
        case .revokeRole(_, let role, let memberID, _), .forgetGrant(let role, let memberID):
            removeGrant(role: role, memberID: memberID)
        case .linkMember(let integration, _, let memberID, let email, let accountID):
            links[integration, default: [:]][String(memberID)] = ManagedLink(
                memberID: memberID, email: email, accountID: accountID, origin: .created)
        case .forgetLink(let integration, let memberID):
            links[integration]?[String(memberID)] = nil
            if links[integration]?.isEmpty == true { links[integration] = nil }
        case .createWarRoom(let room):
            guard let chatID else { return }
            rooms[room.incidentID] = ManagedRoom(
                incidentNum: room.incidentNum, integration: room.integration, chatID: chatID,
                name: room.name, policy: room.policy, origin: .created)
        case .recreateWarRoom(let room, _):
            guard let chatID else { return }
            rooms[room.incidentID] = ManagedRoom(
                incidentNum: room.incidentNum, integration: room.integration, chatID: chatID,
                name: room.name, policy: room.policy, origin: .created)
        case .adoptWarRoom(let room, let chatID):
            rooms[room.incidentID] = ManagedRoom(
                incidentNum: room.incidentNum, integration: room.integration, chatID: chatID,
                name: room.name, policy: room.policy, origin: .adopted)
        case .renameWarRoom(let incidentID, _, _, let name, _):
            rooms[incidentID]?.name = name
        case .setWarRoomTopic, .inviteToWarRoom, .removeFromWarRoom:
            break
        case .dissolveWarRoom(let incidentID, _, _, _), .forgetWarRoom(let incidentID):
            rooms[incidentID] = nil
        }
    }

    /// Every managed object's address, sorted, as `muster state list` prints them.
    package var addresses: [ResourceAddress] {
        var addresses = roles.keys.map { ResourceAddress("role", $0) }
        for (role, members) in grants {
            for grant in members.values {
                addresses.append(ResourceAddress("role_grant", role, grant.email))
            }
        }
        for incidentID in rooms.keys { addresses.append(ResourceAddress("war_room", incidentID)) }
        for (integration, members) in links {
            for link in members.values {
                addresses.append(ResourceAddress("member_link", integration, link.email))
            }
        }
        return addresses.sorted()
    }
}
