import MusterHTTPServer

/// Builds Flashduty's envelopes: `{request_id, data}` and `{request_id, error}`, with the
/// request id also in the `Flashcat-Request-Id` header.
enum FlashdutyResponse {
    static func success(_ data: JSONValue) -> HTTPResponse {
        let id = makeRequestID()
        return make(["request_id": .string(id), "data": data], status: 200, requestID: id)
    }

    static func failure(_ failure: FlashdutyFailure) -> HTTPResponse {
        let id = makeRequestID()
        let error: JSONValue = ["code": .string(failure.code), "message": .string(failure.message)]
        var response = make(
            ["request_id": .string(id), "error": error], status: failure.status, requestID: id)
        if let retryAfter = failure.retryAfter {
            response.headers["Retry-After"] = String(retryAfter)
        }
        return response
    }

    private static func make(_ body: JSONValue, status: Int, requestID: String) -> HTTPResponse {
        var response = HTTPResponse.json(body.encodedBytes, status: status)
        response.headers["Flashcat-Request-Id"] = requestID
        return response
    }

    /// A 26-character id in the spec's example form (Crockford base32, like a ULID).
    static func makeRequestID() -> String {
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        return String((0..<26).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }
}
