import Foundation
import MusterConfig
import MusterModel
import MusterTestSupport
import Testing

@Suite struct SecretResolverTests {
    private let configuration: Configuration = {
        let result = ConfigurationLoader().load(paths: [GoldenFile.path("examples/quickstart")])
        guard let configuration = result.configuration else { fatalError("quickstart must load") }
        return configuration
    }()

    @Test func listsEverySecretWithTheDocumentThatAsksForIt() {
        let uses = configuration.secretReferences.map { "\($0.owner) \($0.field) \($0.reference)" }
        #expect(
            uses == [
                "Service 'flashduty' spec.appKey ${env:FLASHDUTY_APP_KEY}",
                "Integration 'slack-prod' spec.credentials.botToken ${env:SLACK_BOT_TOKEN}",
            ])
    }

    @Test func aMissingVariableIsNamedWithItsDocument() {
        let diagnostics = SecretResolver(environment: ["FLASHDUTY_APP_KEY": "k"]).check(
            configuration)
        #expect(
            diagnostics.map(\.message) == [
                "environment variable 'SLACK_BOT_TOKEN' is not set (needed by Integration "
                    + "'slack-prod' spec.credentials.botToken)"
            ])
        #expect(diagnostics.first?.location?.line == 26)
    }

    @Test func resolvesFromTheEnvironmentAndFromFilesRelativeToTheDocument() throws {
        let directory = FileManager.default.temporaryDirectory.path
        let name = "muster-secret-\(UUID().uuidString)"
        try "s3cr3t-from-file\n".write(
            toFile: directory + "/" + name, atomically: true, encoding: .utf8)
        let resolver = SecretResolver(environment: ["TOKEN": "s3cr3t-from-env"])
        let location = configuration.service.appKeyLocation
        let fromEnv = SecretUse(
            reference: .environment("TOKEN"), owner: "Service 'x'", field: "spec.appKey",
            location: location)
        let fromFile = SecretUse(
            reference: .file(path: name, relativeTo: directory), owner: "Service 'x'",
            field: "spec.appKey", location: location)
        #expect(try resolver.resolve(fromEnv).revealed == "s3cr3t-from-env")
        #expect(try resolver.resolve(fromFile).revealed == "s3cr3t-from-file")
        let missing = SecretUse(
            reference: .file(path: "nope", relativeTo: directory), owner: "Service 'x'",
            field: "spec.appKey", location: location)
        #expect(throws: SecretError.fileUnreadable(path: "nope", use: missing)) {
            try resolver.resolve(missing)
        }
    }
}
