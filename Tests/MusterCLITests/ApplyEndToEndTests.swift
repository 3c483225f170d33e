import Foundation
import MusterState
import MusterTestSupport
import Testing

/// `muster plan` and `muster apply` end to end against the sandbox, checking the sandbox's own
/// world after every step.
@Suite struct ApplyEndToEndTests {
    static let responder = 2

    @Test func aFreshApplyGrantsEverythingAndASecondOneChangesNothing() async throws {
        let harness = try ApplyHarness()
        let first = await harness.muster("apply", ["--auto-approve"])
        #expect(first.code == .success, "\(first.error)")
        #expect(first.out.contains("Converged: planning again finds no changes."))
        for member in [2, 3, 4, 5] { #expect(harness.roles(of: member).contains(Self.responder)) }
        let commander = try #require(harness.roles(named: "Incident commander").first)
        for member in [4, 5, 6] { #expect(harness.roles(of: member).contains(commander)) }
        #expect(!harness.roles(of: 6).contains(Self.responder))

        let plan = await harness.muster("plan", ["--detailed-exitcode"])
        #expect(plan.code == .success)
        #expect(plan.out.contains("No changes. The live side matches the configuration."))
        let writes = harness.count("role/member/grant") + harness.count("role/upsert")
        let second = await harness.muster("apply", ["--auto-approve"])
        #expect(second.code == .success)
        #expect(harness.count("role/member/grant") + harness.count("role/upsert") == writes)
        #expect(harness.roles(named: "Incident commander").count == 1)
    }

    @Test func driftMadeBehindMustersBackShowsWithExitTwoAndApplyRepairsIt() async throws {
        let harness = try ApplyHarness()
        #expect(await harness.muster("apply", ["--auto-approve"]).code == .success)
        try await harness.admin("flashduty/member/roles", ["member_id": 2, "role_ids": [3]])

        let plan = await harness.muster("plan", ["--detailed-exitcode"])
        #expect(plan.code == .changesPresent)
        #expect(plan.out.contains(#"+ role_grant.Responder["alice@example.com"]"#))
        #expect(plan.out.contains("Muster granted this role, but it was revoked outside Muster"))
        #expect(plan.out.contains("Plan: 1 to create, 0 to update, 0 to delete."))

        #expect(await harness.muster("apply", ["--auto-approve"]).code == .success)
        #expect(harness.roles(of: 2).contains(Self.responder))
    }

    @Test func aSavedPlanIsRefusedForTheObjectsThatMovedAndAppliedForTheRest() async throws {
        let harness = try ApplyHarness(documents: "")
        let planFile = harness.directory + "/plan.json"
        let plan = await harness.muster("plan", ["--out", planFile])
        #expect(plan.code == .success)
        try await harness.admin("flashduty/member/roles", ["member_id": 3, "role_ids": [2]])

        let apply = await ToolRun(
            ["apply", planFile, "--state-dir", harness.stateDirectory],
            environment: harness.environment)
        #expect(apply.code == .partlyApplied)
        #expect(
            apply.error.contains(
                #"refusing role_grant.Responder["bob@example.com"]: role_grant.Responder["bob@example.com"] moved: it was member=3 holds=false when the plan was saved, and now needs no change"#
            ))
        for member in [2, 4, 5] { #expect(harness.roles(of: member).contains(Self.responder)) }
        let state = try #require(
            try StateStore(path: harness.stateDirectory + "/state.json").load())
        #expect(state.grant(role: "Responder", memberID: 3) == nil)
        #expect(state.grant(role: "Responder", memberID: 2) != nil)
    }

    @Test func aSavedPlanIsRefusedWholeWhenTheConfigurationChanged() async throws {
        let harness = try ApplyHarness(documents: "")
        let planFile = harness.directory + "/plan.json"
        #expect(await harness.muster("plan", ["--out", planFile]).code == .success)
        try harness.write(documents: ApplyHarness.commanderRole)

        let apply = await ToolRun(
            ["apply", planFile, "--state-dir", harness.stateDirectory],
            environment: harness.environment)
        #expect(apply.code == .failure)
        #expect(apply.error.contains("the configuration changed since the plan was saved"))
        #expect(!harness.roles(of: 2).contains(Self.responder))
    }

    @Test func ofTwoConcurrentAppliesTheSecondSaysWhoHoldsTheLock() async throws {
        let harness = try ApplyHarness()
        try await harness.admin(
            "faults",
            [
                "service": "flashduty", "method": "member/list", "kind": "latency",
                "milliseconds": 6000,
            ])
        async let first = harness.muster("apply", ["--auto-approve"])
        async let second = harness.muster("apply", ["--auto-approve"])
        let runs = await [first, second]
        let locked = runs.filter { $0.code == .failure }
        #expect(runs.filter { $0.code == .success }.count == 1)
        #expect(locked.count == 1)
        #expect(locked.first?.error.contains("state is locked by muster apply (pid ") == true)
        #expect(locked.first?.error.contains(" since 20") == true)
        #expect(harness.roles(named: "Incident commander").count == 1)
    }

    @Test func anApplyThatFailsPartWayExitsFourAndTheNextOneFinishesIt() async throws {
        let harness = try ApplyHarness()
        try await harness.admin(
            "faults",
            ["service": "flashduty", "method": "role/member/grant", "kind": "revokedToken"])
        let failed = await harness.muster("apply", ["--auto-approve"])
        #expect(failed.code == .partlyApplied, "\(failed.out)\(failed.error)")
        #expect(failed.out.contains(#"role["Incident commander"]: created"#))
        #expect(failed.out.contains("Apply stopped part-way: 1 applied, 3 failed, 4 not attempted"))
        #expect(failed.out.contains("failed: Flashduty /role/member/grant: Unauthorized"))
        #expect(FileManager.default.fileExists(atPath: harness.stateDirectory + "/journal.jsonl"))

        try await harnessRemoveFaults(harness)
        let resumed = await harness.muster("apply", ["--auto-approve"])
        #expect(resumed.code == .success, "\(resumed.out)\(resumed.error)")
        #expect(resumed.error.contains("resuming an interrupted apply"))
        #expect(!resumed.out.contains(#"role["Incident commander"]: created"#))
        #expect(harness.roles(named: "Incident commander").count == 1)
        #expect(!FileManager.default.fileExists(atPath: harness.stateDirectory + "/journal.jsonl"))
    }

    @Test func anApplyKilledDuringACreateResumesWithoutMakingItTwice() async throws {
        let harness = try ApplyHarness()
        try await harness.admin(
            "faults",
            [
                "service": "flashduty", "method": "role/upsert", "kind": "latency",
                "milliseconds": 6000,
            ])
        let (process, _) = try await startApply(harness, until: "createRole")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try await waitUntil { harness.roles(named: "Incident commander").count == 1 }

        try await harnessRemoveFaults(harness)
        let resumed = await harness.muster("apply", ["--auto-approve"])
        #expect(resumed.code == .success, "\(resumed.out)\(resumed.error)")
        #expect(resumed.error.contains(#"role["Incident commander"]: took effect before the stop"#))
        #expect(harness.roles(named: "Incident commander").count == 1)
        let commander = try #require(harness.roles(named: "Incident commander").first)
        for member in [4, 5, 6] { #expect(harness.roles(of: member).contains(commander)) }
        let state = try #require(
            try StateStore(path: harness.stateDirectory + "/state.json").load())
        #expect(state.roles["Incident commander"]?.id == commander)
    }

    @Test func aTerminatedApplyFinishesTheChangeInFlightSavesAndExitsFour() async throws {
        let harness = try ApplyHarness()
        try await harness.admin(
            "faults",
            [
                "service": "flashduty", "method": "role/member/grant", "kind": "latency",
                "milliseconds": 5000,
            ])
        let (process, errors) = try await startApply(harness, until: "grantRole")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let stderr = String(
            decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)

        #expect(process.terminationStatus == 4)
        #expect(stderr.contains("Stopping after the change in flight"))
        let state = try #require(
            try StateStore(path: harness.stateDirectory + "/state.json").load())
        #expect(state.roles["Incident commander"] != nil)
        #expect(state.grants["Incident commander"]?.count == 3)
        #expect(state.grants["Responder"] == nil)

        try await harnessRemoveFaults(harness)
        let resumed = await harness.muster("apply", ["--auto-approve"])
        #expect(resumed.code == .success)
        #expect(!resumed.out.contains("Incident commander"))
        for member in [2, 3, 4, 5] { #expect(harness.roles(of: member).contains(Self.responder)) }
    }

    /// Starts the built tool's `apply` in a child process and waits until its journal
    /// records an intent containing `marker`.
    private func startApply(
        _ harness: ApplyHarness, until marker: String
    ) async throws -> (Process, Pipe) {
        let binary = GoldenFile.path(".build/debug/muster")
        try #require(
            FileManager.default.isExecutableFile(atPath: binary),
            "build the tool first (swift build); \(binary) is missing")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "apply", harness.configuration, "--state-dir", harness.stateDirectory,
            "--auto-approve",
        ]
        process.environment = harness.environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let journal = harness.stateDirectory + "/journal.jsonl"
        try await waitUntil {
            (try? String(contentsOfFile: journal, encoding: .utf8))?.contains(marker) == true
        }
        return (process, errors)
    }

    private func harnessRemoveFaults(_ harness: ApplyHarness) async throws {
        let url = (harness.server.endpoint("admin")?.url ?? "") + "faults"
        _ = try await harness.client.send(
            .init(method: "DELETE", url: url, headers: [], body: Data()))
    }

    private func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<1200 {
            if condition() { return }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        Issue.record("timed out waiting")
    }
}
