import MusterLive
import MusterModel
import MusterPlan

/// Looks a binding's phones and overrides up in a DingTalk organisation, one call each.
///
/// DingTalk has no batch lookup and none by email: each phone is one `getbymobile` (a mainland
/// number without `+86`, others in E.164), and each userid found or overridden is one
/// `topapi/v2/user/get`, asked once however many phones found it. `getbymobile` finds people
/// in service only, so someone who left looks not found; `user/get` says whether the person
/// has activated DingTalk (`active: false` is `.deactivated`) and answers 50002 for someone
/// outside the app's contact range (not visible). A `getbymobile` refusal (60011, or 403
/// with the permission named) refuses phone lookups once. When `user/get` is refused, matches
/// keep their userid with nothing known of its state, and overrides are taken on trust.
struct DingTalkDirectoryReader: Sendable {
    let adapter: DingTalkAdapter

    func read(_ request: DirectoryRequest) async throws -> ObservedDirectory {
        var directory = ObservedDirectory()
        var found: [IdentityKey: String] = [:]
        for key in request.keys(.phone) {
            do {
                found[key] = try await userID(phone: key.value)
            } catch let error as PlatformError where error.isRefusal {
                directory.refusals[.phone] = LookupRefusal(
                    error, scope: "qyapi_get_member_by_mobile")
                found = [:]
                break
            }
        }

        let ids = Set(found.values).union(request.accountIDs).sorted()
        let records = try await records(ids)
        if directory.refusals[.phone] == nil {
            for key in request.keys(.phone) {
                directory.matches[key] = match(found[key], records, phone: key.value)
            }
        }
        guard let records else {
            directory.trustOverrides(request.accountIDs)
            return directory
        }
        for id in request.accountIDs {
            directory.accounts.updateValue(Self.account(id, records[id] ?? .missing), forKey: id)
        }
        return directory
    }

    /// The userid a phone finds; nil when nobody in service has it or DingTalk finds the
    /// number malformed (40104).
    private func userID(phone: String) async throws -> String? {
        do {
            return try await adapter.userID(mobile: LookupPhone.dialled(phone))
        } catch let error as PlatformError where error.code == "40104" {
            return nil
        }
    }

    /// What `user/get` says of each id, or nil when the app may not call it.
    private func records(_ ids: [String]) async throws -> [String: DingTalkUserRecord]? {
        var records: [String: DingTalkUserRecord] = [:]
        for id in ids {
            do {
                records[id] = try await adapter.user(id: id)
            } catch let error as PlatformError where error.isRefusal {
                return nil
            }
        }
        return records
    }

    /// The account a phone found, with the phone; without `user/get` only its userid is known.
    private func match(
        _ id: String?, _ records: [String: DingTalkUserRecord]?, phone: String
    ) -> [ObservedAccount] {
        guard let id else { return [] }
        let unread = DingTalkUserRecord.found(DingTalkUser(userID: id, name: "", isActivated: true))
        guard var account = Self.account(id, records.map { $0[id] ?? .missing } ?? unread) else {
            return []
        }
        account.phone = phone
        return [account]
    }

    private static func account(_ id: String, _ record: DingTalkUserRecord) -> ObservedAccount? {
        switch record {
        case .found(let user):
            return ObservedAccount(
                id: id, name: user.name, status: user.isActivated ? .active : .deactivated)
        case .outsideRange: return ObservedAccount(id: id, isVisible: false)
        case .missing: return nil
        }
    }
}
