import Foundation
import MusterDiagnostics
import MusterPlan
import MusterState
import Testing

/// Saved plans.
@Suite struct PlanFileTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func samplePlanFile() -> PlanFile {
        let location = SourceLocation(file: "grants.yaml", line: 4, column: 3)
        let change = Change(
            address: ResourceAddress("role", "Responder"), action: .create, before: nil,
            after: .object(["name": .string("Responder"), "permissions": .array([.int(3)])]),
            reason: "declared but missing", location: location,
            operation: .createRole(name: "Responder", description: "", permissionIDs: [3]))
        let plan = Plan(
            changes: [change],
            diagnostics: [.warning("unused-binding", "binding 'bob' is unused", at: location)],
            fingerprints: ["role.Responder": Fingerprint.of("{}")],
            cost: PlanCost(platforms: [
                .init(platform: "flashduty", calls: 1, seconds: 0.5, readCalls: 4)
            ]))
        return PlanFile(
            musterVersion: "0.1.0", createdAt: Date(timeIntervalSince1970: 1_796_319_600.9),
            configuration: .init(
                paths: ["config/"],
                files: [
                    .init(path: "config/b.yaml", contents: Data("b".utf8)),
                    .init(path: "config/a.yaml", contents: Data("a".utf8)),
                ]),
            options: .init(adopt: true, allowDestroy: false, targets: ["role.Responder"]),
            plan: plan)
    }

    @Test func planFileRoundTrips() throws {
        let file = samplePlanFile()
        try file.write(to: directory.file("out/plan.json"))
        #expect(try PlanFile.read(from: directory.file("out/plan.json")) == file)
        #expect(file.formatVersion == Plan.formatVersion)
        #expect(file.createdAt == Date(timeIntervalSince1970: 1_796_319_600))
        #expect(file.configuration.files.map(\.path) == ["config/a.yaml", "config/b.yaml"])
    }

    @Test func writingTheSamePlanTwiceGivesTheSameBytes() throws {
        let file = samplePlanFile()
        try file.write(to: directory.file("one.json"))
        try file.write(to: directory.file("two.json"))
        #expect(try directory.read("one.json") == directory.read("two.json"))
        #expect(try directory.read("one.json").contains("\"createdAt\" : \"2026-12-03T17:40:00Z\""))
    }

    @Test func planFileOfAnotherFormatVersionIsRejected() throws {
        let path = directory.file("plan.json")
        try samplePlanFile().write(to: path)
        let text = try directory.read("plan.json")
            .replacingOccurrences(
                of: "\"formatVersion\" : \"1.0\"", with: "\"formatVersion\" : \"9.0\"")
        try directory.write(text, to: "plan.json")
        let error = #expect(throws: StateError.self) { try PlanFile.read(from: path) }
        #expect(error == .unsupportedPlanFormat(path: path, found: "9.0", supported: "1.0"))
        #expect(
            error?.description
                == "plan file '\(path)' has format version 9.0; this muster reads 1.0")
    }

    @Test func stateFileIsNotAPlanFile() throws {
        let path = directory.file("state.json")
        var state = OwnershipState(lineage: "l")
        try StateStore(path: path).save(&state)
        #expect(
            throws: StateError.notAPlanFile(path: path, reason: "wrong type at 'formatVersion'")
        ) {
            try PlanFile.read(from: path)
        }
    }

    @Test func planFileWithoutItsPlanIsNotAPlanFile() throws {
        try directory.write(
            "{\"formatVersion\": \"1.0\", \"musterVersion\": \"0.1.0\"}", to: "p.json")
        let error = #expect(throws: StateError.self) {
            try PlanFile.read(from: directory.file("p.json"))
        }
        #expect(
            error?.description
                == "'\(directory.file("p.json"))' is not a muster plan file: missing key 'createdAt'"
        )
    }

    @Test func missingPlanFileIsUnreadable() {
        let path = directory.file("none.json")
        #expect(throws: StateError.unreadable(path: path, reason: "no such file or directory")) {
            try PlanFile.read(from: path)
        }
    }
}
