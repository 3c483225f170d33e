extension FeishuWorld {
    /// The object a `uuid` key created within the last `window` seconds, if any.
    func remembered(_ key: String, within window: Double, now: Double) -> String? {
        idempotency.last { $0.key == key && now - $0.at < window }?.objectId
    }

    /// Remembers the object a `uuid` key created, and forgets keys older than a day.
    mutating func remember(_ key: String, objectId: String, now: Double) {
        idempotency.removeAll { now - $0.at >= 86_400 }
        idempotency.append(Idempotency(key: key, objectId: objectId, at: now))
    }
}
