import CCurl
import CCurlShim

/// One libcurl easy handle, which keeps its connections alive between requests.
///
/// `@unchecked Sendable` because a `CURL *` may move between threads as long as one thread uses
/// it at a time; the client's pool guarantees that by handing each handle to one transfer.
final class CurlHandle: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer

    init?() {
        guard let raw = curl_easy_init() else { return nil }
        self.raw = raw
    }

    deinit {
        curl_easy_cleanup(raw)
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
