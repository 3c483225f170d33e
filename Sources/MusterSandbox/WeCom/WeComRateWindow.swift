/// The calls one app made to one API in the current one-minute window.
///
/// WeCom allows about 10,000 calls a minute per API; over it the call answers 45009.
package struct WeComRateWindow: Codable, Sendable, Equatable {
    package var minute: Int
    package var count: Int
}

extension WeComWorld {
    /// Counts a call and says whether it is within the app's limit for the API.
    mutating func admitCall(agentId: Int, api: String, now: Double) -> Bool {
        guard callsPerMinute > 0 else { return true }
        let key = "\(agentId) \(api)"
        let minute = Int(now / 60)
        var window = rateWindows[key] ?? WeComRateWindow(minute: minute, count: 0)
        if window.minute != minute { window = WeComRateWindow(minute: minute, count: 0) }
        guard window.count < callsPerMinute else { return false }
        window.count += 1
        rateWindows[key] = window
        return true
    }
}
