import Testing

@testable import MusterModel

@Suite struct SecretTests {
    @Test(arguments: [
        ("${env:SLACK_BOT_TOKEN}", SecretReference.environment("SLACK_BOT_TOKEN")),
        ("${file:secrets/token}", .file(path: "secrets/token", relativeTo: "/cfg")),
    ])
    func parsesReferences(text: String, expected: SecretReference) {
        #expect(SecretReference(parsing: text, relativeTo: "/cfg") == expected)
    }

    @Test(arguments: [
        "xoxb-123", "${env:}", "${env:1ABC}", "${vault:x}", "${env:A}-${env:B}", "$env:A",
        "${file:}",
    ])
    func rejectsWhatIsNotExactlyOneReference(text: String) {
        #expect(SecretReference(parsing: text, relativeTo: "/cfg") == nil)
    }

    @Test func aSecretNeverPrintsItsValue() {
        let secret = Secret("xoxb-very-secret")
        #expect("\(secret)" == "<redacted>")
        #expect(String(describing: secret) == "<redacted>")
        #expect(String(reflecting: secret) == "<redacted>")
        #expect(secret.revealed == "xoxb-very-secret")
    }
}
