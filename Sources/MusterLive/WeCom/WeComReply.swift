import Foundation
import MusterHTTP

/// A WeCom answer read as JSON: `{errcode, errmsg, …}`, where a non-zero `errcode` fails.
///
/// WeCom answers HTTP 200 for its own errors; only a failing server answers 5xx.
struct WeComReply {
    let status: Int
    let object: [String: Any]

    init(_ response: HTTPClientResponse) {
        status = response.status
        let parsed = try? JSONSerialization.jsonObject(with: response.body)
        object = parsed as? [String: Any] ?? [:]
    }

    /// How the transport reads a WeCom answer.
    ///
    /// 45009 (frequency) and 45033 (concurrency) are throttling with no stated wait, so the
    /// transport backs off; -1 (system busy) and a 5xx are worth another try.
    @Sendable static func verdict(_ response: HTTPClientResponse) -> ResponseVerdict {
        guard response.status < 500 else { return .transient }
        switch WeComReply(response).errcode {
        case 45009, 45033: return .throttled(retryAfter: nil)
        case -1: return .transient
        default: return .final
        }
    }

    /// The error code; 0 is success.
    var errcode: Int {
        if let value = object["errcode"] as? Int { return value }
        return (object["errcode"] as? NSNumber)?.intValue ?? (status >= 400 ? -1 : 0)
    }

    /// A string field.
    func string(_ name: String) -> String? { object[name] as? String }

    /// The refusal this answer carries, or nil when it is a success.
    func error(call: String) -> PlatformError? {
        guard errcode != 0 else { return nil }
        return PlatformError(
            Self.kind(errcode: errcode), platform: "WeCom", call: call, code: String(errcode),
            message: string("errmsg") ?? "")
    }

    private static func kind(errcode: Int) -> PlatformError.Kind {
        switch errcode {
        case 40014, 42001, 40001, 41001: return .tokenInvalid
        case 60011, 48002, 301002, 60020: return .forbidden
        case 86003, 86008, 46004, 60111: return .notFound
        case 86215: return .alreadyExists
        case 86216: return .notMember
        case 45009, 45033: return .rateLimited
        case 40003, 40031, 40035, 40008, 44004, 47001, 60103: return .invalidRequest
        case 86001, 86004, 86005, 86006, 86007, 86201...86207, 86220: return .invalidRequest
        case -1: return .serverError
        default: return .other
        }
    }
}
