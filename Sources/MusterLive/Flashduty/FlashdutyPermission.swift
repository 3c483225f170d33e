/// One permission of the catalog a role may grant.
package struct FlashdutyPermission: Decodable, Sendable, Equatable {
    package var id: Int
    package var permissionName: String
    package var permissionType: String?
    package var scope: String?
}
