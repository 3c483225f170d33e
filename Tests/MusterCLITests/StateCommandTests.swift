import Foundation
import MusterState
import Testing

/// `muster state list|show|rm|unlock` on the state an apply left.
@Suite struct StateCommandTests {
    private func state(_ harness: ApplyHarness, _ words: [String]) async -> ToolRun {
        await ToolRun(
            ["state"] + words + ["--state-dir", harness.stateDirectory],
            environment: harness.environment)
    }

    @Test func listsShowsAndRemovesManagedObjectsWithoutTouchingTheLiveSide() async throws {
        let harness = try ApplyHarness()
        #expect(await harness.muster("apply", ["--auto-approve"]).code == .success)

        let list = await state(harness, ["list"])
        #expect(list.out.split(separator: "\n").first == #"role["Incident commander"]"#)
        #expect(list.out.contains(#"role_grant.Responder["alice@example.com"]"#))

        let show = await state(harness, ["show", #"role_grant.Responder["alice@example.com"]"#])
        #expect(
            show.out
                == #"{"member":"alice@example.com","member_id":2,"origin":"created","role":"Responder"}"#
                + "\n")

        let remove = await state(harness, ["rm", #"role_grant.Responder["alice@example.com"]"#])
        #expect(remove.code == .success)
        #expect(remove.out.contains("the live object is untouched"))
        #expect(harness.roles(of: 2).contains(2))
        #expect(!(await state(harness, ["list"])).out.contains("alice"))

        // No longer managed: the plan leaves it alone, and --adopt takes it back.
        let plan = await harness.muster("plan", ["--detailed-exitcode"])
        #expect(plan.code == .success)
        let adopt = await harness.muster("plan", ["--adopt"])
        #expect(adopt.out.contains(#"> role_grant.Responder["alice@example.com"]"#))
        #expect(adopt.out.contains("adopting a grant made outside Muster"))
    }

    @Test func removingSomethingUnmanagedChangesNothingAndSaysSo() async throws {
        let harness = try ApplyHarness()
        #expect(await harness.muster("apply", ["--auto-approve"]).code == .success)
        let before = try StateStore(path: harness.stateDirectory + "/state.json").load()
        let remove = await state(harness, ["rm", "role.Responder"])
        #expect(remove.code == .failure)
        #expect(remove.error.contains("the state manages nothing at role.Responder"))
        #expect(try StateStore(path: harness.stateDirectory + "/state.json").load() == before)
    }

    @Test func unlockRefusesALiveHolderAndReportsAFreeLock() async throws {
        let harness = try ApplyHarness()
        #expect(await harness.muster("apply", ["--auto-approve"]).code == .success)
        #expect(await state(harness, ["unlock"]).out == "The state was not locked.\n")

        let lock = StateStore(path: harness.stateDirectory + "/state.json").lock
        let lease = try lock.acquire(holder: .current(command: "muster apply"))
        defer { lease.release() }
        let unlock = await state(harness, ["unlock"])
        #expect(unlock.code == .failure)
        #expect(unlock.error.contains("muster apply"))
        let apply = await harness.muster("apply", ["--auto-approve"])
        #expect(apply.code == .failure)
        #expect(apply.error.contains("state is locked by muster apply"))
    }
}
