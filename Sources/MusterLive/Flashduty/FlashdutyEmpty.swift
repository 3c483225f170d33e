/// The `data` of a Flashduty answer that carries nothing: `{}`, `null` or absent.
struct FlashdutyEmpty: Decodable, Sendable {}
