import MusterHTTPServer

/// Reads the token and the arguments of a Web API call from an HTTP request.
enum SlackRequestReader {
    /// The merged arguments, or the error Slack gives for a body it cannot read.
    static func parameters(of request: HTTPRequest) throws(SlackFailure) -> SlackParameters {
        var values: [String: String] = [:]
        for item in request.queryItems { values[item.name] = item.value }
        guard !request.body.isEmpty else { return SlackParameters(values) }
        switch request.mediaType {
        case "application/x-www-form-urlencoded":
            for item in request.formItems { values[item.name] = item.value }
        case "application/json":
            guard let json = JSONValue.parse(request.body) else {
                throw SlackFailure("invalid_json")
            }
            guard let object = json.objectValue else { throw SlackFailure("json_not_object") }
            for (name, value) in object { values[name] = SlackParameters.formValue(value) }
        case nil:
            throw SlackFailure("missing_post_type")
        default:
            throw SlackFailure("invalid_post_type")
        }
        return SlackParameters(values)
    }

    /// The token from `Authorization: Bearer`, else from the `token` argument.
    static func token(of request: HTTPRequest, parameters: SlackParameters) -> String? {
        if let header = request.header("authorization"), header.hasPrefix("Bearer ") {
            let token = header.dropFirst("Bearer ".count)
            return token.isEmpty ? nil : String(token)
        }
        guard let token = parameters["token"], !token.isEmpty else { return nil }
        return token
    }
}
