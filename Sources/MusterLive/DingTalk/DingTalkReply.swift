import Foundation
import MusterHTTP

/// A DingTalk answer read as JSON: throttled or not, an error or the fields.
///
/// v1.0 answers the bare object on success and HTTP 4xx or 5xx with `{code, message,
/// accessdenieddetail?}` on failure; the old oapi answers HTTP 200 with `{errcode, errmsg}`,
/// where a non-zero `errcode` is a failure.
struct DingTalkReply {
    let status: Int
    let object: [String: Any]

    init(_ response: HTTPClientResponse) {
        status = response.status
        let parsed = try? JSONSerialization.jsonObject(with: response.body)
        object = parsed as? [String: Any] ?? [:]
    }

    /// How the transport reads a DingTalk answer.
    ///
    /// A QPS refusal (403 `…QpsLimitForAppkeyAndApi`, `…QpsLimitForApi`, errcode 90018) is
    /// throttling over a one-second window; a 5xx is worth another try.
    @Sendable static func verdict(_ response: HTTPClientResponse) -> ResponseVerdict {
        let reply = DingTalkReply(response)
        if reply.isThrottled { return .throttled(retryAfter: 1) }
        return response.status >= 500 ? .transient : .final
    }

    var isThrottled: Bool {
        if status == 403, let code = object["code"] as? String,
            code.hasPrefix("Forbidden.AccessDenied.QpsLimit")
        {
            return true
        }
        return errcode == 90018 || errcode == 90002
    }

    /// The oapi error code, when there is one.
    var errcode: Int? { Self.integer(object["errcode"]) }

    /// A string field.
    func string(_ name: String) -> String? { object[name] as? String }

    /// An integer field.
    func integer(_ name: String) -> Int? { Self.integer(object[name]) }

    /// The refusal this answer carries, or nil when it is a success.
    func error(call: String) -> PlatformError? {
        if let errcode, errcode != 0 {
            return PlatformError(
                Self.kind(errcode: errcode), platform: "DingTalk", call: call,
                code: String(errcode), message: string("errmsg") ?? "")
        }
        guard status >= 400 else { return nil }
        let code = string("code") ?? "HTTP \(status)"
        return PlatformError(
            Self.kind(code: code, status: status), platform: "DingTalk", call: call, code: code,
            message: string("message") ?? "", missingScopes: requiredScopes)
    }

    /// The permission points a 403 `AccessTokenPermissionDenied` names.
    private var requiredScopes: [String] {
        let detail = object["accessdenieddetail"] as? [String: Any]
        return detail?["requiredScopes"] as? [String] ?? []
    }

    private static func kind(code: String, status: Int) -> PlatformError.Kind {
        switch code {
        case "InvalidAuthentication", "invalidClientIdOrSecret": return .tokenInvalid
        case "Forbidden.AccessDenied.AccessTokenPermissionDenied": return .missingScope
        case _ where code.hasPrefix("Forbidden.AccessDenied.QpsLimit"): return .rateLimited
        case "resource.not.found": return .notFound
        default: break
        }
        switch status {
        case 404: return .notFound
        case 403: return .forbidden
        case 400: return .invalidRequest
        case 500...: return .serverError
        default: return .other
        }
    }

    private static func kind(errcode: Int) -> PlatformError.Kind {
        switch errcode {
        case 40014, 42001, 40001, 33001: return .tokenInvalid
        case 60011, 60020: return .forbidden
        case 90018, 90002: return .rateLimited
        case 60121: return .notFound
        case 40035, 33012, 40104: return .invalidRequest
        case -1: return .serverError
        default: return .other
        }
    }

    private static func integer(_ value: Any?) -> Int? {
        if let value = value as? Int { return value }
        return (value as? NSNumber)?.intValue
    }
}
