import MusterLive
import MusterModel
import MusterPlan

/// Looks a binding's addresses and overrides up in a Slack workspace with one `users.list`
/// pass.
///
/// Slack has no batch lookup by email and none by phone, so the whole workspace is read (999
/// users a page) and indexed by lowercased email; overrides are found in the same list. A
/// deleted user is `.deactivated`. Slack keeps an email to one user of a workspace, so two
/// matches come only from a seed that breaks that rule, and a bot sees every user of its
/// workspace, so every account is visible. Without `users:read.email` Slack hides emails
/// instead of refusing the call: when no user shows one, `auth.test` says whether the scope is
/// there, and if it is not, email lookups are refused. Without `users:read` the list itself is
/// refused, and overrides are taken on trust.
struct SlackDirectoryReader: Sendable {
    let adapter: SlackAdapter

    func read(_ request: DirectoryRequest) async throws -> ObservedDirectory {
        var directory = ObservedDirectory()
        guard !request.isEmpty else { return directory }
        let users: [SlackUser]
        do {
            users = try await adapter.users()
        } catch let error as PlatformError where error.isRefusal {
            for method in request.methods {
                directory.refusals[method] = LookupRefusal(error, scope: "users:read")
            }
            directory.trustOverrides(request.accountIDs)
            return directory
        }

        let emailKeys = request.keys(.email)
        if !emailKeys.isEmpty, let refusal = try await emailRefusal(users) {
            directory.refusals[.email] = refusal
        } else {
            let people = users.filter { !$0.isBot && $0.email != nil }
            let byEmail = Dictionary(grouping: people) { $0.email?.lowercased() ?? "" }
            for key in emailKeys {
                directory.matches[key] = (byEmail[key.value] ?? []).map(Self.account)
            }
        }

        let byID = Dictionary(users.map { ($0.id, $0) }) { first, _ in first }
        for id in request.accountIDs {
            directory.accounts.updateValue(byID[id].map(Self.account), forKey: id)
        }
        return directory
    }

    /// The refusal of email lookups when the token may not read emails, or nil when it may.
    private func emailRefusal(_ users: [SlackUser]) async throws -> LookupRefusal? {
        guard !users.contains(where: { !$0.isBot && $0.email != nil }) else { return nil }
        let scopes = try await adapter.identity().scopes
        guard !scopes.contains("users:read.email") else { return nil }
        let hidden = PlatformError(
            .missingScope, platform: "Slack", call: "users.list", code: "missing_scope",
            message: "emails are hidden without users:read.email",
            missingScopes: ["users:read.email"])
        return LookupRefusal(hidden, scope: "users:read.email")
    }

    private static func account(_ user: SlackUser) -> ObservedAccount {
        ObservedAccount(
            id: user.id, name: user.realName, email: user.email,
            status: user.isDeleted ? .deactivated : .active)
    }
}
