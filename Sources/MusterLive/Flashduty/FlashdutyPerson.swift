/// A person as `/person/infos` shows it, with the full phone.
package struct FlashdutyPerson: Decodable, Sendable, Equatable {
    package var personId: Int
    package var personName: String
    package var email: String?
    package var phone: String?
    package var countryCode: String?
    package var emailVerified: Bool?
    package var phoneVerified: Bool?
    package var status: String?
}
