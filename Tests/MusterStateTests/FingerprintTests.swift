import Foundation
import MusterState
import Testing

@testable import MusterPlan

/// SHA-256 against the FIPS 180-4 examples, and the fingerprints built on it.
@Suite struct FingerprintTests {
    @Test(arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                + "klmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func fingerprintIsTheSHA256OfTheText(text: String, digest: String) {
        #expect(Fingerprint.of(text) == digest)
        #expect(PlanFile.digest(of: Data(text.utf8)) == digest)
    }

    @Test func oneMillionAsHashToTheFIPSDigest() {
        let digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(PlanFile.digest(of: Data(repeating: 0x61, count: 1_000_000)) == digest)
    }

    @Test(arguments: [1, 3, 55, 56, 63, 64, 65, 200])
    func feedingInPiecesGivesTheSameDigest(pieceSize: Int) {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = SHA256()
        var start = 0
        while start < bytes.count {
            hasher.update(bytes[start..<min(start + pieceSize, bytes.count)])
            start += pieceSize
        }
        let pieces = hasher.finalize()
        #expect(Fingerprint.of(bytes: bytes) == pieces.map { String(format: "%02x", $0) }.joined())
    }

    /// Message lengths around the padding boundary need one block of padding or two.
    @Test(arguments: [55, 56, 57, 63, 64, 119, 120])
    func lengthsAroundThePaddingBoundaryHashLikeTheSystemTool(length: Int) throws {
        let text = String(repeating: "m", count: length)
        #expect(Fingerprint.of(text) == (try systemDigest(of: text)))
    }

    /// The digest `sha256sum` gives, from coreutils.
    private func systemDigest(of text: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }
}
