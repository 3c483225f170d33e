import Foundation
import MusterHTTP

/// Flashduty's answer envelope: `{request_id, data}` or `{request_id, error: {code, message}}`.
///
/// The error code is the authoritative signal, not the HTTP status; a code of `""`, `"0"` or
/// `"OK"` is no error.
struct FlashdutyEnvelope<Payload: Decodable>: Decodable {
    var requestId: String?
    var data: Payload?
    var error: FlashdutyRefusal?

    /// The error, unless its code means success.
    var failure: FlashdutyRefusal? {
        guard let error, !["", "0", "OK"].contains(error.code) else { return nil }
        return error
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    /// Decodes an answer's `data`, or throws the refusal it carries.
    ///
    /// - Throws: `PlatformError` with Flashduty's code and the request id in the message.
    static func decode(
        _ response: HTTPClientResponse, call: String, as type: Payload.Type
    ) throws -> Payload {
        let envelope: FlashdutyEnvelope<Payload>
        do {
            envelope = try decoder.decode(Self.self, from: response.body)
        } catch {
            throw FlashdutyErrorCode.undecodable(response, call: call, error: error)
        }
        if let failure = envelope.failure {
            let requestID = envelope.requestId ?? response.header("flashcat-request-id") ?? "-"
            throw FlashdutyErrorCode.error(failure, call: call, requestID: requestID)
        }
        if let data = envelope.data { return data }
        if let empty = FlashdutyEmpty() as? Payload { return empty }
        throw PlatformError(
            .other, platform: "Flashduty", call: call, code: "NoData",
            message: "answer has no data (request \(envelope.requestId ?? "-"))")
    }
}
