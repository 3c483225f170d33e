import Foundation
import MusterSandbox
import Testing

@Suite struct FlashdutyIncidentTests {
    private var now: Int { Int(Date().timeIntervalSince1970) }

    @Test func requiresATimeWindowOfAtMostThirtyOneDays() async throws {
        try await withFlashduty { _, flashduty, _ in
            #expect(try await flashduty.call("/incident/list").code == "InvalidParameter")
            let wide = try await flashduty.call(
                "/incident/list", ["start_time": now - 32 * 86_400, "end_time": now])
            #expect(wide.code == "InvalidParameter")
        }
    }

    @Test func pagesIncidentsWithSearchAfterCtxAndFiltersThem() async throws {
        try await withFlashduty { _, flashduty, _ in
            for number in 1...5 {
                _ = try await flashduty.call(
                    "/incident/create",
                    [
                        "incident_severity": "Critical", "title": "paging \(number)",
                        "channel_id": 4001,
                    ])
            }
            let window: [String: Any] = ["start_time": now - 7 * 86_400, "end_time": now + 60]
            var titles: [String] = []
            var cursor: String?
            repeat {
                var body = window.merging(["limit": 3, "incident_severity": "Critical"]) { a, _ in a
                }
                if let cursor { body["search_after_ctx"] = cursor }
                let page = try await flashduty.call("/incident/list", body)
                titles += page.items.compactMap { $0["title"] as? String }
                cursor = page.data["search_after_ctx"] as? String
            } while cursor != nil
            #expect(titles.count == 6)
            let closed = try await flashduty.call(
                "/incident/list", window.merging(["progress": "Closed"]) { a, _ in a })
            #expect(closed.items.map { $0["title"] as? String } == ["Nightly export late"])
        }
    }

    @Test func writesEachActionToTheFeedInMilliseconds() async throws {
        try await withFlashduty { _, flashduty, _ in
            let created = try await flashduty.call(
                "/incident/create",
                [
                    "incident_severity": "Warning", "title": "feed",
                    "assigned_to": ["person_ids": [1003]],
                ])
            let id = created.data["incident_id"] as? String ?? ""
            #expect(id.count == 24)
            _ = try await flashduty.call("/incident/ack", ["incident_ids": [id]])
            _ = try await flashduty.call(
                "/incident/comment", ["incident_ids": [id], "comment": "looking"])
            _ = try await flashduty.call("/incident/snooze", ["incident_ids": [id], "minutes": 30])
            _ = try await flashduty.call(
                "/incident/responder/add", ["incident_id": id, "person_ids": [1004]])
            _ = try await flashduty.call(
                "/incident/resolve", ["incident_ids": [id], "root_cause": "disk"])
            let feed = try await flashduty.call("/incident/feed", ["incident_id": id, "asc": true])
            let types = feed.items.compactMap { $0["type"] as? String }
            #expect(
                types == ["i_new", "i_assign", "i_ack", "i_comm", "i_snooze", "i_a_rspd", "i_rslv"])
            #expect((feed.items.first?["created_at"] as? Int ?? 0) > now * 100)
            let info = try await flashduty.call("/incident/info", ["incident_id": id])
            #expect(info.data["progress"] as? String == "Closed")
            #expect(info.data["root_cause"] as? String == "disk")
        }
    }

    @Test func letsTheAdminAPIChangeSeverityRespondersAndCloseAnIncident() async throws {
        try await withFlashduty { _, flashduty, _ in
            let created = try await flashduty.admin(
                "incidents", ["title": "from alerts", "severity": "Info", "responder_ids": [1003]])
            let id = created["incident_id"] as? String ?? ""
            _ = try await flashduty.admin(
                "incident/severity", ["incident_id": id, "severity": "Critical"])
            _ = try await flashduty.admin(
                "incident/responders", ["incident_id": id, "responder_ids": [1005]])
            _ = try await flashduty.admin("incident/close", ["incident_id": id])
            let info = try await flashduty.call("/incident/info", ["incident_id": id])
            #expect(info.data["incident_severity"] as? String == "Critical")
            #expect(info.data["progress"] as? String == "Closed")
            let responders = info.data["responders"] as? [[String: Any]] ?? []
            #expect(responders.compactMap { $0["person_id"] as? Int } == [1005])
            let observers = try await flashduty.call(
                "/incident/war-room/default-observers", ["incident_id": id])
            #expect(
                (observers.data["observers"] as? [[String: Any]])?.first?["person_id"] as? Int
                    == 1003)
        }
    }
}
