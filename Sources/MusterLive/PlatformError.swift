/// A platform's refusal, mapped to the few kinds Muster acts on, keeping the platform's own
/// code and message for the user (the table in section 5 of the IM platform reference).
///
/// The message a person sees names the platform, the call and the platform's code, as
/// `Slack conversations.create: name_taken`.
package struct PlatformError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What Muster does about a refusal.
    package enum Kind: String, Sendable, Equatable {
        case notFound, alreadyExists, alreadyMember, notMember, missingScope, rateLimited
        case tokenInvalid, invalidRequest, forbidden, serverError, other
    }

    package let kind: Kind
    /// The platform, as people know it: `Slack`, `Feishu`, `DingTalk`, `WeCom`, `Flashduty`.
    package let platform: String
    /// The call, as `conversations.create` or `/incident/war-room/create`.
    package let call: String
    /// The platform's own code, as `name_taken`, `99991672` or `ResourceNotFound`.
    package let code: String
    package let message: String
    /// The scopes the platform says are missing, when it says.
    package let missingScopes: [String]

    package init(
        _ kind: Kind, platform: String, call: String, code: String, message: String = "",
        missingScopes: [String] = []
    ) {
        self.kind = kind
        self.platform = platform
        self.call = call
        self.code = code
        self.message = message
        self.missingScopes = missingScopes
    }

    package var description: String {
        let detail = message.isEmpty ? "" : " (\(message))"
        return "\(platform) \(call): \(code)\(detail)"
    }
}

extension PlatformError {
    /// The refusal of a call the platform still throttled when the transport's attempts ran
    /// out; always `.rateLimited`.
    ///
    /// - Parameters:
    ///   - refusal: The adapter's reading of the last answer, whose code and message are kept;
    ///     nil when the answer said nothing readable, and the code is then the HTTP status.
    ///   - status: The last answer's HTTP status.
    package init(
        throttledAfter attempts: Int, refusal: PlatformError?, platform: String, call: String,
        status: Int
    ) {
        let detail = refusal.map { $0.message.isEmpty ? "" : "\($0.message); " } ?? ""
        self.init(
            .rateLimited, platform: refusal?.platform ?? platform, call: call,
            code: refusal?.code ?? "HTTP \(status)",
            message: "\(detail)still throttled after \(attempts) attempts")
    }
}
