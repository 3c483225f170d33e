extension FeishuWorld {
    /// A call refused by frequency control: the limit it hit and the seconds until it resets.
    struct RateRefusal: Equatable {
        var limit: Int
        var resetSeconds: Int
    }

    /// Counts a call against its minute and second windows, or says which limit is full.
    mutating func admitCall(key: String, operation: String, now: Double) -> RateRefusal? {
        guard rateLimits.isEnabled else { return nil }
        let limit = rateLimits.limit(for: operation)
        var window =
            rateWindows[key]
            ?? FeishuRateLimits.Window(
                minuteStart: now, minuteCount: 0, secondStart: now, secondCount: 0)
        if now - window.minuteStart >= 60 { (window.minuteStart, window.minuteCount) = (now, 0) }
        if now - window.secondStart >= 1 { (window.secondStart, window.secondCount) = (now, 0) }
        if window.minuteCount >= limit.perMinute {
            return RateRefusal(
                limit: limit.perMinute, resetSeconds: reset(window.minuteStart + 60, now))
        }
        if window.secondCount >= limit.perSecond {
            return RateRefusal(
                limit: limit.perSecond, resetSeconds: reset(window.secondStart + 1, now))
        }
        window.minuteCount += 1
        window.secondCount += 1
        rateWindows[key] = window
        return nil
    }

    /// Counts a message to a chat against the chat's one-second window, or returns false when
    /// the window is full.
    mutating func admitMessage(toChat chatId: String, now: Double) -> Bool {
        guard rateLimits.isEnabled else { return true }
        let key = "chat \(chatId)"
        var window =
            rateWindows[key]
            ?? FeishuRateLimits.Window(
                minuteStart: now, minuteCount: 0, secondStart: now, secondCount: 0)
        if now - window.secondStart >= 1 { (window.secondStart, window.secondCount) = (now, 0) }
        guard window.secondCount < rateLimits.messagesPerChatPerSecond else { return false }
        window.secondCount += 1
        rateWindows[key] = window
        return true
    }

    private func reset(_ end: Double, _ now: Double) -> Int {
        max(1, Int((end - now).rounded(.up)))
    }
}
