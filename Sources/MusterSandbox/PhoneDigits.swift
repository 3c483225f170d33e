/// The ASCII digits of a phone number, the form the emulators compare phones in.
///
/// `+86 138-0000-0001` and `8613800000001` give the same digits. Scanning bytes instead of
/// Characters keeps a lookup over tens of thousands of users cheap.
enum PhoneDigits {
    static func of(_ text: String) -> String {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 { digits.append(byte) }
        return String(decoding: digits, as: UTF8.self)
    }
}
