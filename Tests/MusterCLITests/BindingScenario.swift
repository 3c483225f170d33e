import Foundation

/// A small organisation on one IM platform, seeded so that a user binding meets every outcome
/// that platform can express, and the configuration that binds it.
///
/// Each organisation has two integrations: `<platform>-prod`, on an app that may look users
/// up, with the binding `everyone-on-<platform>` (`members: all`, two overrides), and
/// `<platform>-limited`, on an app that may not, with the binding `<platform>-without-lookups`
/// for Alice alone. The members are the same people on every platform, where it can have them:
///
/// | member | Slack | Feishu, Lark | DingTalk | WeCom |
/// |---|---|---|---|---|
/// | Alice 1 | linked (email) | linked (email) | linked (phone) | linked (corporate mailbox) |
/// | Bob 2 | not found | linked (phone) | not found | linked (personal email) |
/// | Carol 3 | deactivated | resigned | left: not found | linked (phone) |
/// | Dave 4 | | frozen: deactivated | not activated: deactivated | disabled: deactivated |
/// | Dup 5 | two accounts | two accounts | | |
/// | Hidden 6 | | outside the app: not found | outside the app | outside the app |
/// | Erin 7 | override (a note) | override | override | override |
/// | Frank 8 | override, no such account | the same | the same | the same |
/// | Hank 9 | linked (email) | linked (email) | linked (phone) | left: not found |
/// | Gina 10 | email unverified | email unverified | phone unverified | email unverified |
/// | Ivy 11 | no email | no email or phone | no phone | no email or phone |
/// | Nobody 12 | | not found (both) | | not found (both) |
///
/// Dup's email, and the addresses of DingTalk's Dave and Hidden, are unverified, so that
/// one-click link leaves them alone too (`OneClickLinkTests` shows what it does otherwise).
/// `docs/sandbox.md` ("User lookups") says how each platform makes each outcome.
enum BindingScenario: String, CaseIterable, Sendable, CustomStringConvertible {
    case slack, feishu, lark, dingtalk, wecom

    /// The Flashduty integration of the app that may look users up.
    static let prodIntegrationID = 5001
    /// The Flashduty integration of the app that may not.
    static let limitedIntegrationID = 5002

    var description: String { rawValue }

    /// The seed: the Flashduty account, whose app key is Alice's (an Admin), and the platform's
    /// section.
    var seed: [String: Any] {
        var members = self.members
        members[0]["roleIds"] = [1]
        let flashduty: [String: Any] = [
            "appKeys": [["key": "fd-bindings", "memberId": 1]], "members": members,
            "integrations": [
                integration(Self.prodIntegrationID, app: prodApp),
                integration(Self.limitedIntegrationID, app: limitedApp),
            ],
            "rateLimits": ["isEnabled": false],
        ]
        return ["flashduty": flashduty, rawValue: platformSection]
    }

    /// The seed with its Flashduty members edited, as a test needs them.
    func seed(editingMembers edit: (inout [[String: Any]]) -> Void) -> [String: Any] {
        var seed = self.seed
        var flashduty = seed["flashduty"] as? [String: Any] ?? [:]
        var members = flashduty["members"] as? [[String: Any]] ?? []
        edit(&members)
        flashduty["members"] = members
        seed["flashduty"] = flashduty
        return seed
    }

    /// The secrets the configuration names.
    var environment: [String: String] {
        ["FD_KEY": "fd-bindings", "PROD_SECRET": prodSecret, "LIMITED_SECRET": limitedSecret]
    }

    /// The members Muster should link on the prod integration, and to which account.
    var linkable: [Int: String] {
        switch self {
        case .slack: return [1: "U1", 9: "U9"]
        case .feishu, .lark: return [1: "ou_alice", 2: "ou_bob", 9: "ou_hank"]
        case .dingtalk: return [1: "dt_alice", 9: "dt_hank"]
        case .wecom: return [1: "wc_alice", 2: "wc_bob", 3: "wc_carol"]
        }
    }

    /// The outcomes the plan's `identities` name: all the platform can express.
    var outcomes: Set<String> {
        let everywhere: Set = [
            "resolved", "not-found", "deactivated", "override-missing", "no-address",
            "lookup-refused",
        ]
        switch self {
        case .slack: return everywhere.union(["ambiguous"])
        case .feishu, .lark: return everywhere.union(["ambiguous", "resigned"])
        case .dingtalk, .wecom: return everywhere.union(["invisible"])
        }
    }

    /// The configuration, pointed at the harness's sandbox.
    func documents(_ harness: SandboxHarness) -> String {
        let prod = integrationDocument("prod", Self.prodIntegrationID, harness)
        let limited = integrationDocument("limited", Self.limitedIntegrationID, harness)
        return """
            apiVersion: muster.dev/v1
            kind: Service
            metadata: {name: flashduty}
            spec: {endpoint: "\(harness.endpoint("flashduty"))", appKey: "${env:FD_KEY}"}
            ---
            \(prod)
            ---
            \(limited)
            ---
            apiVersion: muster.dev/v1
            kind: UserBinding
            metadata: {name: everyone-on-\(rawValue)}
            spec:
              integration: \(rawValue)-prod
              members: all
              match: \(match)
              overrides:
                - {member: erin@example.com, imUserId: \(overrides.erin)}
                - {member: frank@example.com, imUserId: \(overrides.frank)}
            ---
            apiVersion: muster.dev/v1
            kind: UserBinding
            metadata: {name: \(rawValue)-without-lookups}
            spec:
              integration: \(rawValue)-limited
              members: [alice@example.com]
              match: \(match)

            """
    }

    private func integrationDocument(
        _ role: String, _ id: Int, _ harness: SandboxHarness
    ) -> String {
        let credentials = role == "prod" ? prodCredentials : limitedCredentials
        return """
            apiVersion: muster.dev/v1
            kind: Integration
            metadata: {name: \(rawValue)-\(role)}
            spec:
              platform: \(rawValue)
              endpoint: "\(harness.endpoint(rawValue))"
              integrationId: \(id)
              credentials: \(credentials)
            """
    }

    private var match: String {
        self == .slack ? "[email]" : self == .dingtalk ? "[phone]" : "[email, phone]"
    }

    private func integration(_ id: Int, app: String) -> [String: Any] {
        ["id": id, "name": "\(rawValue) \(id)", "pluginType": rawValue, "appId": app]
    }

    /// A Flashduty member; `phone` is the country code and the national number.
    static func member(
        _ id: Int, _ name: String, _ email: String?, phone: (String, String)? = nil,
        isEmailVerified: Bool = true, isPhoneVerified: Bool = true, status: String? = nil
    ) -> [String: Any] {
        var member: [String: Any] = [
            "id": id, "name": name, "emailVerified": isEmailVerified,
            "phoneVerified": isPhoneVerified,
        ]
        if let email { member["email"] = email }
        if let (code, national) = phone {
            member["countryCode"] = code
            member["phone"] = national
        }
        if let status { member["status"] = status }
        return member
    }
}
