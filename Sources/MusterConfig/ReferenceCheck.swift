import MusterDiagnostics
import MusterModel

/// Checks what documents say about the integrations they name: that the integration exists,
/// and that what they ask of it suits its platform.
struct ReferenceCheck {
    let sink: DiagnosticSink
    /// Every integration name, including those whose specs had errors.
    let names: Set<String>
    /// The integrations that decoded cleanly.
    let integrations: [String: Integration]
    /// Room names rendered for the sample incident, shared by policies with the same template.
    let sampleNames = SampleNameCache()

    func check(_ grant: PermissionGrant) {
        guard case .appScopes(let reference, let scopes) = grant.form,
            let integration = resolve(reference)
        else { return }
        let platform = integration.platform
        guard platform != .wecom else {
            sink.add(
                .error(
                    "no-scopes",
                    "WeCom apps have no OAuth scopes; their visibility and trusted IPs are set "
                        + "in the WeCom admin console", at: reference.location))
            return
        }
        for scope in scopes where ScopeCatalog.entry(scope.value, on: platform) == nil {
            sink.add(
                .error("unknown-scope", scopeMessage(scope.value, platform), at: scope.location))
        }
    }

    func check(_ binding: UserBinding) -> UserBinding {
        guard let integration = resolve(binding.integration) else { return binding }
        let platform = integration.platform
        checkOverrides(binding)
        let supported = UserBinding.MatchMethod.allCases.filter { $0.isSupported(on: platform) }
        guard !binding.match.isEmpty else { return binding.withMatch(supported) }
        let unsupported = binding.match.filter { !$0.isSupported(on: platform) }
        let names = unsupported.map(\.rawValue).joined(separator: ", ")
        if unsupported.count == binding.match.count {
            sink.add(
                .error(
                    "unsupported-match",
                    "\(platform.displayName) has no lookup by \(names); use "
                        + supported.map { "'\($0.rawValue)'" }.joined(separator: " or "),
                    at: binding.matchLocation ?? binding.metadata.location))
        } else if !unsupported.isEmpty {
            sink.add(
                .warning(
                    "unsupported-match",
                    "\(platform.displayName) has no lookup by \(names); it is skipped",
                    at: binding.matchLocation ?? binding.metadata.location))
        }
        return binding
    }

    func check(_ policy: WarRoomPolicy) {
        guard let integration = resolve(policy.integration) else { return }
        if !integration.isWarRoomEnabled {
            sink.add(
                .error(
                    "war-room-disabled",
                    "policy '\(policy.name)' uses integration '\(integration.name)', which does "
                        + "not have war rooms enabled; set 'warRoom: enabled' on it",
                    at: policy.integration.location))
        }
        let rule = RoomNameRule.of(integration.platform)
        if let violation = sampleNames.violation(of: policy, rule: rule) {
            sink.add(
                .error(
                    "invalid-room-name", "room name template \(violation)",
                    at: policy.room.name.location))
        }
    }

    private func resolve(_ reference: Located<String>) -> Integration? {
        guard names.contains(reference.value) else {
            sink.add(
                .error(
                    "unknown-reference",
                    "integration '\(reference.value)' not found"
                        + Suggestion.didYouMean(reference.value, in: names.sorted()),
                    at: reference.location))
            return nil
        }
        return integrations[reference.value]
    }

    private func checkOverrides(_ binding: UserBinding) {
        let listed: [Located<String>]?
        if case .some(let members, let teams) = binding.selection, teams.isEmpty {
            listed = members
        } else {
            listed = nil
        }
        for (index, override) in binding.overrides.enumerated() {
            let member = override.member
            let earlier = binding.overrides[..<index]
            if earlier.contains(where: { $0.member.value == member.value }) {
                sink.add(
                    .error(
                        "duplicate-override", "member '\(member.value)' is overridden twice",
                        at: member.location))
            }
            if let listed, !listed.contains(where: { $0.value == member.value }) {
                sink.add(
                    .error(
                        "override-outside-binding",
                        "override for '\(member.value)', who is not among the binding's members",
                        at: member.location))
            }
        }
    }

    private func scopeMessage(_ scope: String, _ platform: Platform) -> String {
        let owner = Platform.allCases.first { ScopeCatalog.entry(scope, on: $0) != nil }
        if let owner {
            return "scope '\(scope)' is a \(owner.displayName) scope, not a "
                + "\(platform.displayName) one"
        }
        let names = ScopeCatalog.scopes(for: platform).map(\.name)
        return "unknown \(platform.displayName) scope '\(scope)'"
            + Suggestion.didYouMean(scope, in: names)
    }
}

extension UserBinding {
    /// The same binding with another match order.
    fileprivate func withMatch(_ match: [MatchMethod]) -> UserBinding {
        UserBinding(
            metadata: metadata, integration: integration, selection: selection, match: match,
            matchLocation: matchLocation, overrides: overrides, isStrict: isStrict)
    }
}

/// Remembers each room-name template's verdict for the sample incident, since many policies
/// share a template and rendering a 200-character title is the costly part of the check.
final class SampleNameCache {
    private var verdicts: [String: String?] = [:]

    func violation(of policy: WarRoomPolicy, rule: RoomNameRule) -> String? {
        let template = policy.room.name.value
        let usesName = template.parts.contains {
            if case .expression("policy.name", _) = $0 { return true }
            return false
        }
        let key = "\(rule.platform.rawValue) \(usesName ? policy.name : "") \(template.source)"
        if let verdict = verdicts[key] { return verdict }
        let verdict = rule.violation(of: template.render(.sample(policyName: policy.name)))
        verdicts[key] = verdict
        return verdict
    }
}
