import CCurl
import CCurlShim

/// A libcurl easy handle and the multi handle that drives it, which together keep their
/// connections alive between requests.
///
/// The multi handle owns the connection cache, and driving the transfer through it lets the
/// client check for cancellation every few milliseconds instead of at libcurl's once-a-second
/// progress calls. `@unchecked Sendable` because libcurl handles may move between threads as
/// long as one thread uses them at a time; the client's pool guarantees that by handing each
/// pair to one transfer at a time.
final class CurlHandle: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer
    let multi: UnsafeMutableRawPointer

    init?() {
        guard let raw = curl_easy_init() else { return nil }
        guard let multi = curl_multi_init() else {
            curl_easy_cleanup(raw)
            return nil
        }
        self.raw = raw
        self.multi = multi
    }

    deinit {
        curl_multi_cleanup(multi)
        curl_easy_cleanup(raw)
    }

    /// Runs the configured transfer to its end, or until `shouldStop` says so.
    ///
    /// - Returns: The transfer's result, or `CURLE_ABORTED_BY_CALLBACK` when stopped.
    func perform(shouldStop: () -> Bool) -> CURLcode {
        guard curl_multi_add_handle(multi, raw) == CURLM_OK else { return CURLE_FAILED_INIT }
        defer { curl_multi_remove_handle(multi, raw) }
        var running: Int32 = 1
        while running > 0 {
            guard curl_multi_perform(multi, &running) == CURLM_OK else { return CURLE_FAILED_INIT }
            if shouldStop() { return CURLE_ABORTED_BY_CALLBACK }
            if running > 0 { curl_multi_poll(multi, nil, 0, 50, nil) }
        }
        return finishedResult()
    }

    private func finishedResult() -> CURLcode {
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi, &queued) {
            if message.pointee.msg == CURLMSG_DONE { return message.pointee.data.result }
        }
        return CURLE_FAILED_INIT
    }

    /// Clears the options of the last request; live connections and caches are kept.
    func reset() {
        curl_easy_reset(raw)
    }

    func set(_ option: CURLoption, _ value: Int) -> CURLcode {
        muster_curl_setopt_long(raw, option, value)
    }

    func set(_ option: CURLoption, _ value: String) -> CURLcode {
        muster_curl_setopt_string(raw, option, value)
    }

    func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) -> CURLcode {
        muster_curl_setopt_pointer(raw, option, pointer)
    }

    /// The response's status code.
    var status: Int {
        var code = 0
        _ = muster_curl_getinfo_long(raw, CURLINFO_RESPONSE_CODE, &code)
        return code
    }
}
