import MusterHTTPServer

/// Reads a Flashduty request body: JSON only, an object, or empty for `{}`.
enum FlashdutyRequestReader {
    static func fields(of request: HTTPRequest) throws(FlashdutyFailure) -> [String: JSONValue] {
        guard request.mediaType == "application/json" else {
            throw FlashdutyFailure(
                "InvalidContentType", "The Content-Type must be application/json.")
        }
        guard !request.body.isEmpty else { return [:] }
        guard let object = JSONValue.parse(request.body)?.objectValue else {
            throw .invalid("The request body is not a valid JSON object.")
        }
        return object
    }
}
