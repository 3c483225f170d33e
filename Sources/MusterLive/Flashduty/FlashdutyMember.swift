/// A member as `/member/list` shows it; the phone is masked (see `FlashdutyPerson`).
package struct FlashdutyMember: Decodable, Sendable, Equatable {
    package var memberId: Int
    package var memberName: String
    package var email: String?
    package var phone: String?
    package var countryCode: String?
    package var emailVerified: Bool?
    package var phoneVerified: Bool?
    /// `enabled`, `pending` or `deleted`.
    package var status: String?
    package var accountRoleIds: [Int]?
    package var refId: String?
}
