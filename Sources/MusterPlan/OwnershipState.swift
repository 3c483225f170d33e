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
        /// The PermissionGrant document that declares it.
        package var document: String

        package init(id: Int, origin: Origin, document: String) {
            self.id = id
            self.origin = origin
            self.document = document
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

    package var formatVersion: Int
    /// Incremented by every write, so two copies can be told apart.
    package var serial: Int
    /// Fixed when the state is first created; a state from elsewhere has another.
    package var lineage: String
    /// Managed roles, by name.
    package var roles: [String: ManagedRole]
    /// Managed grants, by role name and then member id.
    package var grants: [String: [String: ManagedGrant]]

    package init(
        lineage: String, serial: Int = 0, roles: [String: ManagedRole] = [:],
        grants: [String: [String: ManagedGrant]] = [:]
    ) {
        self.formatVersion = Self.currentFormat
        self.serial = serial
        self.lineage = lineage
        self.roles = roles
        self.grants = grants
    }

    /// Whether nothing is managed.
    package var isEmpty: Bool { roles.isEmpty && grants.values.allSatisfy(\.isEmpty) }

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

    /// Every managed object's address, sorted, as `muster state list` prints them.
    package var addresses: [ResourceAddress] {
        var addresses = roles.keys.map { ResourceAddress("role", $0) }
        for (role, members) in grants {
            for grant in members.values {
                addresses.append(ResourceAddress("role_grant", role, grant.email))
            }
        }
        return addresses.sorted()
    }
}
