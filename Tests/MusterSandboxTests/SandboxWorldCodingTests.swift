import Foundation
import MusterSandbox
import Testing

@Suite struct SandboxWorldCodingTests {
    @Test func loadsSavedStateThatLacksAPlatformFromItsSeed() throws {
        var saved =
            try JSONSerialization.jsonObject(
                with: JSONEncoder().encode(SandboxWorld(seed: .demo))) as? [String: Any] ?? [:]
        saved["slack"] = nil
        let data = try JSONSerialization.data(withJSONObject: saved)
        let world = try JSONDecoder().decode(SandboxWorld.self, from: data)
        #expect(world.slack.tokens.map(\.token).contains("xoxb-sandbox-demo"))
    }

    @Test func refusesStateOfAnUnknownVersion() throws {
        var saved =
            try JSONSerialization.jsonObject(
                with: JSONEncoder().encode(SandboxWorld(seed: .demo))) as? [String: Any] ?? [:]
        saved["version"] = 99
        let data = try JSONSerialization.data(withJSONObject: saved)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SandboxWorld.self, from: data)
        }
    }
}
