import MusterHTTPServer

/// Builds Slack's HTTP responses: JSON bodies and the scope headers.
enum SlackResponse {
    static func make(
        _ body: JSONValue, status: Int = 200, grantedScopes: [String]? = nil,
        acceptedScopes: [String] = []
    ) -> HTTPResponse {
        var response = HTTPResponse.json(body.encodedBytes, status: status)
        // libmicrohttpd drops a header with an empty value, so auth.test, which accepts no
        // scopes, answers without x-accepted-oauth-scopes.
        response.headers["x-accepted-oauth-scopes"] = acceptedScopes.joined(separator: ",")
        if let grantedScopes {
            response.headers["x-oauth-scopes"] = grantedScopes.joined(separator: ",")
        }
        return response
    }

    /// HTTP 429 with `Retry-After`, as Slack rate-limits a method.
    static func rateLimited(
        retryAfter: Int, grantedScopes: [String]? = nil, acceptedScopes: [String] = []
    ) -> HTTPResponse {
        var response = make(
            SlackFailure("ratelimited").body, status: 429, grantedScopes: grantedScopes,
            acceptedScopes: acceptedScopes)
        response.headers["Retry-After"] = String(retryAfter)
        return response
    }
}
