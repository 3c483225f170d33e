import Foundation
import MusterSandbox
import Testing

@Suite struct FlashdutyDirectoryTests {
    @Test func pagesMembersWithPAndLimitPastTheFirstPage() async throws {
        try await withFlashduty { _, flashduty, _ in
            var ids: [Int] = []
            for p in 1...3 {
                let page = try await flashduty.call("/member/list", ["p": p, "limit": 20])
                #expect(page.data["total"] as? Int == 50)
                #expect(page.data["has_next_page"] as? Bool == (p < 3))
                ids += page.items.compactMap { $0["member_id"] as? Int }
            }
            #expect(ids == Array(1001...1050))
        }
    }

    @Test func pagesMembersWithSearchAfterCtxUntilNoCursorComesBack() async throws {
        try await withFlashduty { _, flashduty, _ in
            var ids: [Int] = []
            var cursor: String?
            repeat {
                var body: [String: Any] = ["limit": 15]
                if let cursor { body["search_after_ctx"] = cursor }
                let page = try await flashduty.call("/member/list", body)
                ids += page.items.compactMap { $0["member_id"] as? Int }
                cursor = page.data["search_after_ctx"] as? String
            } while cursor != nil
            #expect(ids == Array(1001...1050))
        }
    }

    @Test func masksPhonesInTheMemberListButNotInPersonInfos() async throws {
        try await withFlashduty { _, flashduty, _ in
            let list = try await flashduty.call("/member/list", ["limit": 1])
            #expect(list.items.first?["phone"] as? String == "138****0001")
            let person = try await flashduty.call("/person/infos", ["person_ids": [1001, 999]])
            #expect(person.items.count == 1)
            #expect(person.items.first?["phone"] as? String == "13800000001")
        }
    }

    @Test func grantsAndRevokesACustomRoleAndKeepsPresetRolesFixed() async throws {
        try await withFlashduty { _, flashduty, _ in
            let created = try await flashduty.call(
                "/role/upsert", ["role_name": "Commander", "permission_ids": [101, 102]])
            let role = created.data["role_id"] as? Int ?? 0
            #expect(
                try await flashduty.call(
                    "/role/member/grant", ["role_id": role, "member_ids": [1003]]
                ).code == nil)
            let granted = try await flashduty.call("/member/list", ["role_id": role])
            #expect(granted.items.compactMap { $0["member_id"] as? Int } == [1003])
            let blocked = try await flashduty.call("/role/delete", ["role_id": role])
            #expect(blocked.code == "ReferenceExist")
            #expect(
                try await flashduty.call(
                    "/role/member/revoke", ["role_id": role, "member_ids": [1003]]
                ).code == nil)
            #expect(try await flashduty.call("/member/list", ["role_id": role]).items.isEmpty)
            let preset = try await flashduty.call("/role/disable", ["role_id": 1])
            #expect(preset.status == 403 && preset.code == "AccessDenied")
            #expect(try await flashduty.call("/role/delete", ["role_id": role]).code == nil)
        }
    }

    @Test func refusesAViewerKeyAManageCall() async throws {
        try await withFlashduty { _, flashduty, _ in
            var viewer = flashduty
            viewer.appKey = "fd-sandbox-viewer"
            let reply = try await viewer.call("/role/upsert", ["role_name": "x"])
            #expect(reply.code == "AccessDenied")
        }
    }

    @Test func linksMembersByVerifiedEmailToActiveSlackUsers() async throws {
        try await withFlashduty { server, flashduty, _ in
            let reply = try await flashduty.call(
                "/datasource/im/person/try-link", ["integration_id": 5001])
            let linked = reply.data["new_linked_person_ids"] as? [Int] ?? []
            // Unverified emails (every seventh) and deactivated Slack users (every tenth) stay out;
            // member 1050 is pending.
            let expected = (1...49).filter { $0 % 7 != 0 && $0 % 10 != 0 }.map { 1000 + $0 }
            #expect(linked == expected)
            let again = try await flashduty.call(
                "/datasource/im/person/try-link", ["integration_id": 5001])
            #expect((again.data["new_linked_person_ids"] as? [Int])?.isEmpty == true)
            let links = server.store.snapshot.flashduty.integrations[0].links
            #expect(links.first { $0.memberId == 1001 }?.imUserId == "U00000001")
        }
    }
}
