import MusterDiagnostics

/// The whole answer of `muster plan`: the changes in apply order, the checks made, and what
/// stops it.
///
/// A plan is a value. The same desired and observed state always give an equal plan, and
/// every renderer prints it the same way each time, so plans diff cleanly in review.
package struct Plan: Sendable, Hashable, Codable {
    /// The version of the plan's JSON form and of saved plan files.
    package static let formatVersion = "1.0"

    /// The changes, in the order apply carries them out.
    package var changes: [Change]
    /// The read-only checks, passed and failed, sorted by address.
    package var checks: [PlanCheck]
    /// Problems found while planning: errors block the apply, warnings do not.
    package var diagnostics: [Diagnostic]
    /// A fingerprint of every observed object the plan relied on, by address, so a saved
    /// plan can tell whether the live side has moved since.
    package var fingerprints: [String: String]
    /// What applying the plan costs, in calls and time.
    package var cost: PlanCost
    /// The guardrails this plan trips; any blocks the apply.
    package var guardrails: [GuardrailViolation]
    /// Every bound member's identity on each binding's platform (`--show-identities`).
    package var identities: [PlanIdentity]

    package init(
        changes: [Change] = [], checks: [PlanCheck] = [], diagnostics: [Diagnostic] = [],
        fingerprints: [String: String] = [:], cost: PlanCost = PlanCost(),
        guardrails: [GuardrailViolation] = [], identities: [PlanIdentity] = []
    ) {
        self.changes = changes
        self.checks = checks
        self.diagnostics = diagnostics
        self.fingerprints = fingerprints
        self.cost = cost
        self.guardrails = guardrails
        self.identities = identities
    }

    /// Whether anything is to be done, by apply or by a person.
    package var hasChanges: Bool { !changes.isEmpty }

    /// Whether there are changes apply can carry out itself.
    package var hasAutomaticChanges: Bool { changes.contains { $0.operation != nil } }

    /// Whether errors stop the apply.
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether a guardrail stops the apply.
    package var isBlocked: Bool { !guardrails.isEmpty }

    /// How many changes there are of each action.
    package var summary: [Change.Action: Int] {
        changes.reduce(into: [:]) { $0[$1.action, default: 0] += 1 }
    }
}

/// A read-only check of the live side: an integration, its war-room switch, a scope.
package struct PlanCheck: Sendable, Hashable, Codable {
    /// Whether the check passed.
    package enum Status: String, Sendable, Hashable, Codable {
        case passed, failed
        /// The platform gives no way to check; the detail says what was assumed.
        case unknown
    }

    package let address: ResourceAddress
    /// What was checked, as `war rooms enabled on integration 5001`.
    package let title: String
    package let status: Status
    package let detail: String?
    package let location: SourceLocation?

    package init(
        address: ResourceAddress, title: String, status: Status, detail: String? = nil,
        location: SourceLocation?
    ) {
        self.address = address
        self.title = title
        self.status = status
        self.detail = detail
        self.location = location
    }
}

/// What applying a plan costs: API calls per platform, and how long they take at the
/// published rate limits.
package struct PlanCost: Sendable, Hashable, Codable {
    /// One platform's share.
    package struct Platform: Sendable, Hashable, Codable {
        package let platform: String
        /// Calls apply will make.
        package let calls: Int
        /// How long those calls take at the platform's published rate, in seconds.
        package let seconds: Double
        /// Calls this plan made to read the live side.
        package let readCalls: Int

        package init(platform: String, calls: Int, seconds: Double, readCalls: Int) {
            self.platform = platform
            self.calls = calls
            self.seconds = seconds
            self.readCalls = readCalls
        }
    }

    /// Sorted by platform.
    package var platforms: [Platform]

    package init(platforms: [Platform] = []) {
        self.platforms = platforms.sorted { $0.platform < $1.platform }
    }

    package var totalCalls: Int { platforms.reduce(0) { $0 + $1.calls } }
    package var totalReadCalls: Int { platforms.reduce(0) { $0 + $1.readCalls } }
}

/// A guardrail the plan trips, and what would let it through.
package struct GuardrailViolation: Sendable, Hashable, Codable {
    /// The rule: `destroy-threshold` or `last-admin`.
    package let rule: String
    package let message: String
    /// The flag that overrides it; nil when nothing does.
    package let override: String?

    package init(rule: String, message: String, override: String?) {
        self.rule = rule
        self.message = message
        self.override = override
    }
}

/// One member's identity on one binding's platform, as the plan records it.
package struct PlanIdentity: Sendable, Hashable, Codable {
    package let binding: String
    package let integration: String
    package let platform: String
    package let memberID: Int
    /// The member's email in the service, or their name when they have none.
    package let member: String
    /// `resolved`, `not-found`, `ambiguous`, `deactivated`, `resigned`, `invisible`,
    /// `lookup-refused`, `override-missing` or `no-address`.
    package let outcome: String
    /// The account resolved to (or the ambiguous accounts, comma-separated).
    package let account: String?
    package let accountEmail: String?
    /// How the account was found: `override`, `email` or `phone`.
    package let route: String?

    init(_ resolution: IdentityResolution) {
        binding = resolution.binding
        integration = resolution.integration
        platform = resolution.platform.rawValue
        memberID = resolution.member.id
        member = resolution.member.handle
        var account: String?
        var email: String?
        var route: String?
        switch resolution.outcome {
        case .resolved(let found, let how, _):
            (account, email, route) = (found.id, found.email, how.rawValue)
            outcome = "resolved"
        case .notFound: outcome = "not-found"
        case .ambiguous(_, let accounts):
            account = accounts.map(\.id).joined(separator: ",")
            outcome = "ambiguous"
        case .deactivated(let found): (account, outcome) = (found.id, "deactivated")
        case .resigned(let found): (account, outcome) = (found.id, "resigned")
        case .outsideVisibility(let found): (account, outcome) = (found.id, "invisible")
        case .lookupRefused: outcome = "lookup-refused"
        case .overrideMissing(let id): (account, outcome) = (id, "override-missing")
        case .noAddress: outcome = "no-address"
        }
        self.account = account
        self.accountEmail = email
        self.route = route
    }
}
