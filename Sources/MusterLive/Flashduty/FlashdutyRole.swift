/// An account role and the permissions it grants; preset roles are not `editable`.
package struct FlashdutyRole: Decodable, Sendable, Equatable {
    package var roleId: Int
    package var roleName: String
    package var description: String?
    /// `enabled` or `disabled`.
    package var status: String?
    package var permissionIds: [Int]?
    package var editable: Bool?
}
