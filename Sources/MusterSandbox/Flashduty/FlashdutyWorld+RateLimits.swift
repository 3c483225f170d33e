extension FlashdutyWorld {
    /// Counts a call against the account's windows and returns nil, or the seconds to wait
    /// when a window is full.
    mutating func admitCall(now: Double) -> Int? {
        guard rateLimits.isEnabled else { return nil }
        let windows = [
            ("second", 1.0, rateLimits.perSecond), ("minute", 60.0, rateLimits.perMinute),
        ]
        for (name, length, limit) in windows {
            let window = rateWindows[name] ?? FlashdutyRateLimits.Window(start: now, count: 0)
            if now - window.start < length, window.count >= limit {
                return max(1, Int((window.start + length - now).rounded(.up)))
            }
        }
        for (name, length, _) in windows {
            var window = rateWindows[name] ?? FlashdutyRateLimits.Window(start: now, count: 0)
            if now - window.start >= length { window = .init(start: now, count: 0) }
            window.count += 1
            rateWindows[name] = window
        }
        return nil
    }
}
