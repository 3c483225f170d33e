/// The form a mobile is looked up in where a platform keeps mainland numbers without their
/// country code.
///
/// DingTalk and WeCom store a mainland Chinese mobile as its eleven digits and any other with
/// `+` and the country code; they are asked in that form, so `+8613800000001` goes as
/// `13800000001` and `+15550000001` as it is. Keys stay in E.164.
enum LookupPhone {
    /// The number to send for an E.164 key.
    static func dialled(_ e164: String) -> String {
        e164.hasPrefix("+86") ? String(e164.dropFirst(3)) : e164
    }
}
