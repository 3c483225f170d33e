/// The `error` object of a refused Flashduty call: its `ErrorCode` and localised message.
struct FlashdutyRefusal: Decodable, Sendable, Equatable {
    var code: String
    var message: String?
}
