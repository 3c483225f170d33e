import MusterDiagnostics
import MusterModel

extension PlanWork {
    /// How many diagnostics of one kind a binding prints before summing up the rest.
    static let diagnosticsPerKind = 20

    /// One diagnostic per member who cannot be resolved (errors when the binding is strict),
    /// one per refused lookup method, and a note for what Muster cannot link itself.
    mutating func report(_ resolutions: [IdentityResolution], of binding: UserBinding) {
        let isStrict = binding.isStrict || options.strictBindings
        var perKind: [String: Int] = [:]
        var refused: Set<String> = []
        for resolution in resolutions {
            guard let problem = problem(resolution, binding: binding) else { continue }
            if problem.code == "binding-lookup-refused" {
                guard refused.insert(problem.message).inserted else { continue }
            }
            perKind[problem.code, default: 0] += 1
            guard perKind[problem.code, default: 0] <= Self.diagnosticsPerKind else { continue }
            let severity: Diagnostic.Severity =
                problem.isAdvice ? .note : isStrict ? .error : .warning
            diagnostics.append(
                Diagnostic(
                    severity, code: problem.code, problem.message,
                    at: problem.location ?? binding.metadata.location, notes: problem.notes))
        }
        for (code, count) in perKind.sorted(by: { $0.key < $1.key })
        where count > Self.diagnosticsPerKind {
            diagnostics.append(
                Diagnostic(
                    isStrict ? .error : .warning, code: code,
                    "and \(count - Self.diagnosticsPerKind) more like this in binding "
                        + "'\(binding.name)'",
                    at: binding.metadata.location,
                    notes: ["`muster plan --show-identities` lists every member"]))
        }
    }

    /// What a person must know about one member's resolution; nil when all is well.
    private func problem(
        _ resolution: IdentityResolution, binding: UserBinding
    ) -> BindingProblem? {
        let who = resolution.member.handle
        let platform = resolution.platform.displayName
        let place = Self.membership(resolution.platform)
        switch resolution.outcome {
        case .resolved(let account, let route, _):
            return unlinkable(resolution, account: account, route: route, binding: binding)
        case .notFound(let tried):
            let addresses = tried.map(\.value).joined(separator: " or ")
            return BindingProblem(
                code: "binding-not-found",
                message: "no \(platform) account has \(addresses); add an override or invite "
                    + "\(who) to the \(place)")
        case .ambiguous(let key, let accounts):
            return BindingProblem(
                code: "binding-ambiguous",
                message: "\(accounts.count) \(platform) accounts have \(key.value) "
                    + "(\(accounts.map(\.id).joined(separator: ", "))); add an override naming "
                    + "\(who)'s account")
        case .deactivated(let account), .resigned(let account):
            let state = resolution.outcome == .deactivated(account) ? "deactivated" : "resigned"
            return BindingProblem(
                code: "binding-inactive",
                message: "\(who)'s \(platform) account \(account.id) is \(state); reactivate "
                    + "it, or add an override naming their current account")
        case .outsideVisibility(let account):
            let named = account.id.isEmpty ? "" : " \(account.id)"
            return BindingProblem(
                code: "binding-invisible",
                message: "\(who)'s \(platform) account\(named) is outside the app's "
                    + "visibility; add them to the app's visible range in the \(platform) "
                    + "admin console")
        case .lookupRefused(let method, let refusal):
            let scope = refusal.missingScope.map { " the app lacks '\($0)';" } ?? ""
            return BindingProblem(
                code: "binding-lookup-refused",
                message: "Muster cannot look \(platform) users up by \(method.rawValue):"
                    + "\(scope) \(refusal.message)",
                notes: refusal.missingScope.map {
                    ["add '\($0)' to the app in a PermissionGrant and in the app's console"]
                } ?? [])
        case .overrideMissing(let id):
            return BindingProblem(
                code: "binding-override-missing",
                message: "the override for \(who) names \(id), which \(platform) does not have",
                location: binding.overrides.first {
                    $0.member.value.lowercased() == who.lowercased()
                }?.member.location)
        case .noAddress:
            return BindingProblem(
                code: "binding-no-address",
                message: "\(who) has no \(binding.match.map(\.rawValue).joined(separator: " or ")) "
                    + "in the service that \(platform) can match; add one, or an override")
        }
    }

    /// A resolved member the service's one-click link cannot link: advice, not a failure.
    private func unlinkable(
        _ resolution: IdentityResolution, account: ObservedAccount,
        route: IdentityResolution.Route, binding: UserBinding
    ) -> BindingProblem? {
        let member = resolution.member
        let who = member.handle
        let platform = resolution.platform.displayName
        guard state.link(integration: resolution.integration, memberID: member.id) == nil
        else { return nil }
        if member.status != "enabled" {
            return BindingProblem(
                code: "binding-pending",
                message: "\(who) has not accepted their invitation to the service yet, so "
                    + "one-click link cannot link them to \(platform) account \(account.id)",
                isAdvice: true)
        }
        if route == .override {
            return BindingProblem(
                code: "binding-override-link",
                message: "Flashduty links \(who) to \(account.id) only when they sign in from "
                    + "the \(platform) app; Muster can neither make nor see that link",
                isAdvice: true)
        }
        guard !isLinkable(member, to: account, on: resolution.integration) else { return nil }
        return BindingProblem(
            code: "binding-unverified",
            message: "\(who)'s \(route.rawValue) is not verified in Flashduty, so one-click "
                + "link cannot match it to \(platform) account \(account.id); ask them to "
                + "verify it, or to sign in from the \(platform) app")
    }

    static func membership(_ platform: Platform) -> String {
        switch platform {
        case .slack: return "workspace"
        case .feishu, .lark: return "tenant"
        case .dingtalk: return "organisation"
        case .wecom: return "corporation"
        }
    }

    /// The same person seen two ways: different emails on two platforms, or two members on
    /// one account.
    mutating func flagCrossPlatformConflicts(_ resolutions: [IdentityResolution]) {
        var byMember: [Int: [IdentityResolution]] = [:]
        var byAccount: [String: [IdentityResolution]] = [:]
        for resolution in resolutions {
            guard let account = resolution.account else { continue }
            byMember[resolution.member.id, default: []].append(resolution)
            byAccount["\(resolution.integration)/\(account.id)", default: []].append(resolution)
        }
        for (_, seen) in byMember.sorted(by: { $0.key < $1.key }) {
            flagDifferentEmails(seen)
        }
        for (key, seen) in byAccount.sorted(by: { $0.key < $1.key }) {
            let members = Set(seen.map(\.member.id))
            guard members.count > 1, let first = seen.first else { continue }
            let names = seen.map { $0.member.handle }
            warning(
                "binding-shared-account",
                "\(names.sorted().joined(separator: " and ")) all resolve to "
                    + "\(first.platform.displayName) account \(key.split(separator: "/").last ?? "")",
                at: bindingLocation(of: first),
                notes: ["give each member an override naming their own account"])
        }
    }

    private mutating func flagDifferentEmails(_ seen: [IdentityResolution]) {
        var emails: [String: String] = [:]
        for resolution in seen {
            guard let email = resolution.account?.email?.lowercased() else { continue }
            emails[resolution.platform.displayName] = email
        }
        guard Set(emails.values).count > 1, let first = seen.first else { return }
        let list = emails.sorted { $0.key < $1.key }.map { "\($0.value) on \($0.key)" }
        warning(
            "binding-different-emails",
            "\(first.member.handle) is \(list.joined(separator: " and "))",
            at: bindingLocation(of: first),
            notes: ["check that these accounts are the same person"])
    }

    private func bindingLocation(of resolution: IdentityResolution) -> SourceLocation? {
        desired.bindings.first { $0.name == resolution.binding }?.metadata.location
    }
}

/// One member's problem as a binding reports it.
struct BindingProblem {
    let code: String
    let message: String
    var location: SourceLocation? = nil
    var notes: [String] = []
    /// Advice (a note) rather than a problem, even in strict mode.
    var isAdvice = false
}
