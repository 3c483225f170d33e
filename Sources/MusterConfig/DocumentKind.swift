/// The kinds of document a configuration may hold.
package enum DocumentKind: String, Sendable, CaseIterable, Comparable {
    case service = "Service"
    case integration = "Integration"
    case permissionGrant = "PermissionGrant"
    case userBinding = "UserBinding"
    case warRoomPolicy = "WarRoomPolicy"

    /// The only API version this Muster reads.
    package static let apiVersion = "muster.dev/v1"

    package static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
