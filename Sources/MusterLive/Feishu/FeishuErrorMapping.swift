import Foundation
import MusterHTTP

/// Maps Feishu and Lark codes to the kinds of `PlatformError` (section 5 of the IM reference).
enum FeishuErrorMapping {
    /// The codes that mean the tenant token is no good; a fresh token may cure them.
    static let expiredTokenCodes: Set<Int> = [99991663, 99991677]

    private static let kinds: [Int: PlatformError.Kind] = [
        99991661: .tokenInvalid, 99991663: .tokenInvalid, 99991677: .tokenInvalid,
        99991668: .tokenInvalid, 99991664: .tokenInvalid, 10014: .tokenInvalid,
        99991543: .tokenInvalid,
        99991672: .missingScope, 99991676: .missingScope,
        232017: .forbidden, 232014: .forbidden, 232024: .forbidden, 232011: .forbidden,
        99991400: .rateLimited, 232019: .rateLimited, 230020: .rateLimited,
        232006: .notFound, 232009: .notFound,
        99992351: .notFound, 99992360: .notFound, 99992364: .notFound,
        232026: .alreadyExists,
        99992402: .invalidRequest, 232001: .invalidRequest, 230001: .invalidRequest,
    ]

    /// The typed refusal in an answer's body, or nil when the body is not Feishu's envelope or
    /// its code is 0.
    static func refusal(
        in response: HTTPClientResponse, brand: FeishuAdapter.Brand, call: String
    ) -> PlatformError? {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard
            let envelope = try? decoder.decode(
                FeishuWire.Envelope<FeishuWire.Empty>.self, from: response.body),
            envelope.code != 0
        else { return nil }
        return error(envelope, brand: brand, call: call)
    }

    /// The typed refusal for an answer with a non-zero code.
    static func error<Payload>(
        _ envelope: FeishuWire.Envelope<Payload>, brand: FeishuAdapter.Brand, call: String
    ) -> PlatformError {
        let scopes = envelope.error?.permissionViolations?.compactMap(\.subject) ?? []
        return PlatformError(
            kinds[envelope.code] ?? .other, platform: brand.displayName, call: call,
            code: String(envelope.code), message: envelope.msg ?? "", missingScopes: scopes)
    }
}
