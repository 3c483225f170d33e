import Foundation
import MusterHTTPServer

/// Builds Feishu's HTTP answers: the `{code, msg, data}` envelope and the `X-Tt-Logid` header
/// every answer carries.
enum FeishuResponse {
    /// A successful call's envelope around `data`.
    static func success(_ data: JSONValue) -> HTTPResponse {
        make(["code": 0, "msg": "success", "data": data], status: 200)
    }

    /// A body whose fields sit at the top level, as the token endpoint answers.
    static func topLevel(_ fields: [String: JSONValue]) -> HTTPResponse {
        make(.object(fields), status: 200)
    }

    /// A business error, with its log id repeated inside `error` as Feishu does.
    static func failure(_ failure: FeishuFailure) -> HTTPResponse {
        let logId = makeLogId()
        var detail = failure.detail
        detail["log_id"] = .string(logId)
        let body: JSONValue = [
            "code": .integer(failure.code), "msg": .string(failure.msg), "error": .object(detail),
        ]
        var response = make(body, status: failure.status, logId: logId)
        for (name, value) in failure.headers { response.headers[name] = value }
        return response
    }

    /// The gateway's answer to a path it does not route.
    static func notFound() -> HTTPResponse {
        var response = HTTPResponse.text("404 page not found", status: 404)
        response.headers["X-Tt-Logid"] = makeLogId()
        return response
    }

    private static func make(
        _ body: JSONValue, status: Int, logId: String = makeLogId()
    )
        -> HTTPResponse
    {
        var response = HTTPResponse.json(body.encodedBytes, status: status)
        response.headers["X-Tt-Logid"] = logId
        return response
    }

    /// A log id shaped like Feishu's: digits from the time, then random upper-case hex.
    private static func makeLogId() -> String {
        let seconds = String(Int(Date().timeIntervalSince1970))
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16, uppercase: true)
        return "02" + seconds + random.leftPadded(to: 16)
    }
}
