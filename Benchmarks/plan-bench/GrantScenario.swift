import Foundation
import MusterSandbox

/// Role grants spread over a generated organisation: which custom roles there are, whom each
/// is granted to, and which of those grants are already held live and managed by Muster.
///
/// Grants are shared evenly among ``roleCount`` custom roles (fewer when there are fewer
/// grants). Each role goes to one team and to members by email, all distinct, so the role's
/// grants are exactly its share. The first three quarters of the roles already exist live and
/// are managed; of their members, half hold the role and are managed, a quarter do not hold it
/// yet, and a quarter were granted by Muster but revoked outside it. Each also has managed
/// holders that no document names any more, one for every twenty members it is granted to, and
/// the first one's permissions have drifted. The other roles are new.
struct GrantScenario {
    /// One custom role and whom it is granted to.
    struct Role {
        let name: String
        let permissions: [String]
        /// The permissions the live role has; nil when it does not exist yet.
        let livePermissions: [String]?
        /// The team granted the role, and its member ids.
        let team: (name: String, memberIDs: [Int])?
        /// The members granted the role by email, distinct from the team's.
        let memberIDs: [Int]
        /// Managed holders that no document grants the role to any more.
        let retiredIDs: [Int]

        var exists: Bool { livePermissions != nil }

        /// Every member the configuration grants the role to, the team's first.
        var wantedIDs: [Int] { (team?.memberIDs ?? []) + memberIDs }

        /// Whether a wanted member holds the role live.
        func holds(_ position: Int) -> Bool { exists && position % 4 < 2 }

        /// Whether a wanted member's grant is in Muster's state.
        func isManaged(_ position: Int) -> Bool { exists && position % 4 != 2 }
    }

    static let roleCount = 20
    /// Members a role is granted to for each managed holder that is no longer granted it.
    static let membersPerRetired = 20

    let roles: [Role]
    /// Every member's email, by member id.
    let emails: [Int: String]

    /// Grants `grants` role-member pairs over the seed's members and teams.
    init(seed: FlashdutySeed, grants: Int) {
        precondition(grants >= 1, "a scenario needs at least one grant")
        let memberIDs = seed.members.map(\.id)
        let count = min(Self.roleCount, grants)
        let largestShare = (grants + count - 1) / count
        precondition(
            largestShare + largestShare / Self.membersPerRetired <= memberIDs.count,
            "each role's grants must go to distinct members")
        emails = Dictionary(
            seed.members.map { ($0.id, $0.email ?? "") }, uniquingKeysWith: { first, _ in first })
        let teams = seed.teams ?? []
        roles = (0..<count).map { index in
            let share = grants / count + (index < grants % count ? 1 : 0)
            let team = teams.isEmpty ? nil : teams[index * teams.count / count]
            return Self.makeRole(
                index, of: count, share: share, team: team, memberIDs: memberIDs)
        }
    }

    var grantCount: Int { roles.reduce(0) { $0 + $1.wantedIDs.count } }

    private static func makeRole(
        _ index: Int, of count: Int, share: Int, team: FlashdutySeed.Team?, memberIDs: [Int]
    ) -> Role {
        // A team only when it leaves room for members by email too.
        let teamIDs = team?.personIds ?? []
        let usesTeam = team != nil && teamIDs.count * 2 <= share
        let byEmail = share - (usesTeam ? teamIDs.count : 0)
        let exists = index < count * 3 / 4
        let picked = spreadMembers(
            byEmail + (exists ? share / membersPerRetired : 0), start: index, from: memberIDs,
            avoiding: usesTeam ? Set(teamIDs) : [])
        // Permission names from the sandbox's catalog.
        let permissions = [
            "Incidents Read", index % 2 == 0 ? "Incidents Manage" : "Channels Manage",
        ]
        return Role(
            name: String(format: "bench-role-%02d", index + 1), permissions: permissions,
            livePermissions: exists ? (index == 0 ? ["Incidents Read"] : permissions) : nil,
            team: usesTeam ? (team?.name ?? "", teamIDs) : nil,
            memberIDs: Array(picked.prefix(byEmail)), retiredIDs: Array(picked.dropFirst(byEmail)))
    }

    /// `count` distinct members spread evenly over the list from `start`, none of `avoided`.
    private static func spreadMembers(
        _ count: Int, start: Int, from memberIDs: [Int], avoiding avoided: Set<Int>
    ) -> [Int] {
        let step = max(1, memberIDs.count / (count + avoided.count))
        var picked: [Int] = []
        var position = start
        while picked.count < count {
            let id = memberIDs[position % memberIDs.count]
            if !avoided.contains(id) { picked.append(id) }
            position += step
        }
        return picked
    }
}
