/// A stable digest of a text or bytes: their SHA-256, as 64 lowercase hex digits.
///
/// The planner fingerprints every observed object a plan relies on, and saved plans record
/// each configuration file's digest, both with this one function, so equal inputs always give
/// equal fingerprints on every platform.
package enum Fingerprint {
    /// The fingerprint of a text's UTF-8 bytes.
    package static func of(_ text: String) -> String {
        of(bytes: Array(text.utf8))
    }

    /// The fingerprint of some bytes.
    package static func of(bytes: some Collection<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hex(hasher.finalize())
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] })
    }
}
