import MusterLive
import MusterPlan

extension LookupRefusal {
    /// The refusal a platform's error stands for.
    ///
    /// - Parameters:
    ///   - error: The platform's refusal.
    ///   - scope: The scope the call needs, named when the platform's answer names none.
    init(_ error: PlatformError, scope: String?) {
        self.init(missingScope: error.missingScopes.first ?? scope, message: error.description)
    }
}

extension PlatformError {
    /// Whether the platform refused the call for want of a scope or a permission (section 5 of
    /// the IM reference), as opposed to failing it.
    var isRefusal: Bool {
        kind == .missingScope || kind == .forbidden
    }
}
