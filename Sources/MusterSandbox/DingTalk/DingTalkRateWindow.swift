/// The calls one app made to one API in the current one-second window.
///
/// DingTalk allows an internal app about 20 calls a second per API; the window resets on the
/// next whole second of the virtual clock.
package struct DingTalkRateWindow: Codable, Sendable, Equatable {
    package var second: Int
    package var count: Int
}

extension DingTalkWorld {
    /// Counts a call and says whether it is within the app's limit for the API.
    mutating func admitCall(appKey: String, api: String, now: Double) -> Bool {
        guard queriesPerSecond > 0 else { return true }
        let key = appKey + " " + api
        let second = Int(now)
        var window = rateWindows[key] ?? DingTalkRateWindow(second: second, count: 0)
        if window.second != second { window = DingTalkRateWindow(second: second, count: 0) }
        guard window.count < queriesPerSecond else { return false }
        window.count += 1
        rateWindows[key] = window
        return true
    }
}
