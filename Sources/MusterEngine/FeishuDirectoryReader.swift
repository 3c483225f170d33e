import MusterLive
import MusterModel
import MusterPlan

/// Looks a binding's addresses and overrides up in a Feishu or Lark tenant in batches.
///
/// Addresses go to `batch_get_id`, 50 emails and 50 mobiles a call, resigned people included
/// so that they show as `.resigned` rather than missing; that answer carries each account's
/// status, so matches need no second call. Every account an address matches is kept, so an
/// email two accounts share is ambiguous. Feishu answers an address outside the app's contact
/// range as it answers an unknown one, so such a person looks not found, never invisible.
/// Overrides are read by open_id with `contact/v3/users/batch`, 50 a call; an id Feishu does
/// not show is nil, and when the app may not read users (no contact read scope) the overrides
/// are taken on trust.
struct FeishuDirectoryReader: Sendable {
    let adapter: FeishuAdapter

    func read(_ request: DirectoryRequest) async throws -> ObservedDirectory {
        var directory = ObservedDirectory()
        let emails = request.keys(.email)
        let phones = request.keys(.phone)
        if !emails.isEmpty || !phones.isEmpty {
            do {
                let lookup = try await adapter.accounts(
                    emails: emails.map(\.value), mobiles: phones.map(\.value))
                record(lookup, emails: emails, phones: phones, in: &directory)
            } catch let error as PlatformError where error.isRefusal {
                for method in request.methods {
                    directory.refusals[method] = LookupRefusal(
                        error, scope: "contact:user.id:readonly")
                }
            }
        }
        guard !request.accountIDs.isEmpty else { return directory }
        do {
            let users = try await adapter.users(openIDs: request.accountIDs)
            let byID = Dictionary(users.map { ($0.openID, $0) }) { first, _ in first }
            for id in request.accountIDs {
                directory.accounts.updateValue(byID[id].map { Self.account($0) }, forKey: id)
            }
        } catch let error as PlatformError where error.isRefusal {
            directory.trustOverrides(request.accountIDs)
        }
        return directory
    }

    private func record(
        _ lookup: FeishuAddressLookup, emails: [IdentityKey], phones: [IdentityKey],
        in directory: inout ObservedDirectory
    ) {
        var byEmail: [String: [FeishuUser]] = [:]
        for (email, users) in lookup.byEmail { byEmail[email.lowercased(), default: []] += users }
        for key in emails {
            directory.matches[key] = (byEmail[key.value] ?? []).map {
                Self.account($0, email: key.value)
            }
        }
        for key in phones {
            directory.matches[key] = (lookup.byMobile[key.value] ?? []).map {
                Self.account($0, phone: key.value)
            }
        }
    }

    private static func account(
        _ user: FeishuUser, email: String? = nil, phone: String? = nil
    ) -> ObservedAccount {
        ObservedAccount(
            id: user.openID, name: user.name, email: email ?? user.email,
            phone: phone ?? user.mobile, status: status(user.status))
    }

    /// Left (resigned or exited) is `.resigned`; frozen, not activated or not joined is
    /// `.deactivated`, as none of them can take part in a chat.
    private static func status(_ status: FeishuUser.Status) -> ObservedAccount.Status {
        if status.isResigned || status.isExited { return .resigned }
        if status.isFrozen || !status.isActivated || status.isUnjoined { return .deactivated }
        return .active
    }
}
