import MusterLive
import MusterModel
import MusterPlan

/// Looks a binding's addresses and overrides up in a WeCom corporation, one call each.
///
/// WeCom has no batch lookup. An email is looked up as a corporate mailbox first and, when
/// that finds nobody, as a personal email (the order of the service's one-click link); a
/// phone goes as a mainland number without `+86`, others in E.164. Each lookup answers one
/// userid, so WeCom never reports two accounts for an address. A person the app cannot see
/// answers 60011 without a userid: the match is then an invisible account with an empty id.
/// Each userid found or overridden is read once with `user/get` for its status (disabled or
/// not yet activated is `.deactivated`, left is `.resigned`). 48002, 301002 and 60020 refuse a
/// method once; when `user/get` is refused, matches keep their userid with nothing known of
/// its state and overrides are taken on trust.
struct WeComDirectoryReader: Sendable {
    let adapter: WeComAdapter

    /// What one lookup answered.
    private enum Answer: Equatable {
        case user(String)
        /// 60011: someone has the address, but the app may not see them.
        case hidden
        case nobody

        var userID: String? {
            guard case .user(let id) = self else { return nil }
            return id
        }
    }

    func read(_ request: DirectoryRequest) async throws -> ObservedDirectory {
        var directory = ObservedDirectory()
        var answers: [IdentityKey: Answer] = [:]
        for method in request.methods {
            do {
                for key in request.keys(method) { answers[key] = try await lookUp(key) }
            } catch let error as PlatformError where Self.isRefusal(error) {
                directory.refusals[method] = LookupRefusal(error, scope: nil)
                for key in request.keys(method) { answers[key] = nil }
            }
        }

        let ids = Set(answers.values.compactMap(\.userID)).union(request.accountIDs).sorted()
        let records = try await records(ids)
        for (key, answer) in answers {
            directory.matches[key] = Self.match(answer, key, records)
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

    private func lookUp(_ key: IdentityKey) async throws -> Answer {
        do {
            switch key.method {
            case .email:
                if let id = try await adapter.userID(email: key.value) { return .user(id) }
                let personal = try await adapter.userID(email: key.value, isPersonal: true)
                return personal.map(Answer.user) ?? .nobody
            case .phone:
                let id = try await adapter.userID(mobile: LookupPhone.dialled(key.value))
                return id.map(Answer.user) ?? .nobody
            }
        } catch let error as PlatformError where error.code == "60011" {
            return .hidden
        } catch let error as PlatformError where error.code == "60103" {
            return .nobody
        }
    }

    /// What `user/get` says of each id, or nil when the app may not call it.
    private func records(_ ids: [String]) async throws -> [String: WeComUserRecord]? {
        var records: [String: WeComUserRecord] = [:]
        for id in ids {
            do {
                records[id] = try await adapter.user(id: id)
            } catch let error as PlatformError where Self.isRefusal(error) {
                return nil
            }
        }
        return records
    }

    /// 48002 (API not authorised), 301002 (no permission for the app) and 60020 (IP not
    /// trusted) refuse the app; 60011 is about one member and is not a refusal.
    private static func isRefusal(_ error: PlatformError) -> Bool {
        ["48002", "301002", "60020"].contains(error.code)
    }

    private static func match(
        _ answer: Answer, _ key: IdentityKey, _ records: [String: WeComUserRecord]?
    ) -> [ObservedAccount] {
        var account: ObservedAccount?
        switch answer {
        case .nobody: return []
        case .hidden: account = ObservedAccount(id: "", isVisible: false)
        case .user(let id):
            let unread = WeComUserRecord.found(WeComUser(userID: id, name: "", status: .active))
            account = Self.account(id, records.map { $0[id] ?? .missing } ?? unread)
        }
        guard var account else { return [] }
        if key.method == .email { account.email = key.value } else { account.phone = key.value }
        return [account]
    }

    private static func account(_ id: String, _ record: WeComUserRecord) -> ObservedAccount? {
        switch record {
        case .found(let user):
            let status: ObservedAccount.Status
            switch user.status {
            case .active: status = .active
            case .disabled, .inactive: status = .deactivated
            case .exited: status = .resigned
            }
            return ObservedAccount(id: id, name: user.name, status: status)
        case .outsideVisibility: return ObservedAccount(id: id, isVisible: false)
        case .missing: return nil
        }
    }
}
