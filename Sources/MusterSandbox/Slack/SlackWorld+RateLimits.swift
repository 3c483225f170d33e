extension SlackWorld {
    /// Counts a call against its window and returns nil, or the Retry-After seconds when the
    /// window is full.
    mutating func admitCall(key: String, tier: SlackTier, now: Double) -> Int? {
        guard rateLimits.isEnabled else { return nil }
        var window = rateWindows[key] ?? SlackRateLimits.Window(start: now, count: 0)
        if now - window.start >= 60 {
            window = SlackRateLimits.Window(start: now, count: 0)
        }
        guard window.count < rateLimits.limit(for: tier) else {
            return max(1, Int((window.start + 60 - now).rounded(.up)))
        }
        window.count += 1
        rateWindows[key] = window
        return nil
    }
}
