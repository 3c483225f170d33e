import Foundation
import MusterHTTPServer

/// The two DingTalk API generations served on one port, and how each writes its answers.
///
/// Paths under `/v1.0/` are the new API (`api.dingtalk.com`); everything else is the old
/// oapi (`oapi.dingtalk.com`).
enum DingTalkGeneration: Sendable {
    case v1, oapi

    init(api: String) {
        self = api.hasPrefix("v1.0/") ? .v1 : .oapi
    }

    /// The token a call carries: the `x-acs-dingtalk-access-token` header, or the
    /// `access_token` query.
    func token(of request: HTTPRequest) -> String? {
        switch self {
        case .v1: return request.header("x-acs-dingtalk-access-token")
        case .oapi: return request.query("access_token")
        }
    }

    /// A success: the bare object on v1.0, `errcode` 0 beside the fields on the oapi.
    func success(_ fields: [String: JSONValue]) -> HTTPResponse {
        var fields = fields
        if self == .oapi {
            fields["errcode"] = 0
            fields["errmsg"] = "ok"
        }
        return HTTPResponse.json(JSONValue.object(fields).encodedBytes)
    }

    /// A failure in this generation's format.
    func failure(_ failure: DingTalkFailure) -> HTTPResponse {
        let (status, body) =
            self == .v1
            ? failure.v1Response(requestId: UUID().uuidString) : failure.oapiResponse
        return HTTPResponse.json(body.encodedBytes, status: status)
    }
}
