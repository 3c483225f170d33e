import CCurl
import CCurlShim
import Dispatch
import Foundation
import Synchronization

/// The one HTTP client every adapter uses, on libcurl.
///
/// Connections to each host are reused: finished transfers give their easy handle back to a
/// pool, and `curl_easy_reset` keeps a handle's live connections, so keep-alive and HTTP/2
/// (where the server offers it over TLS) carry over. TLS peer and host verification are always
/// on, against the system's CA bundle, `SSL_CERT_FILE`, or the configured CA file; libcurl
/// honours `HTTPS_PROXY` and `NO_PROXY` by itself. At most `maxConcurrentRequests` transfers run
/// at once; each runs on a thread of its own, driven by its own multi handle. Cancelling the calling
/// task stops its transfer within about 50 ms.
package final class HTTPClient: Sendable {
    package let options: HTTPClientOptions
    private let pool = Mutex<[CurlHandle]>([])
    private let slots: AsyncSlots

    package init(options: HTTPClientOptions = HTTPClientOptions()) {
        precondition(options.maxConcurrentRequests >= 1, "at least one request must be allowed")
        CurlGlobal.ensureInitialized()
        self.options = options
        self.slots = AsyncSlots(count: options.maxConcurrentRequests)
    }

    /// Sends a request and returns the response, whatever its status.
    ///
    /// - Throws: `HTTPClientError` when no response arrived.
    package func send(
        _ request: HTTPClientRequest
    ) async throws(HTTPClientError) -> HTTPClientResponse {
        guard await slots.acquire() else { throw .cancelled }
        defer { slots.release() }
        let transfer = CurlTransfer(maxBodyBytes: options.maxBodyBytes)
        let result: Result<HTTPClientResponse, HTTPClientError> = await withTaskCancellationHandler
        {
            await withCheckedContinuation { continuation in
                // A thread of its own: a blocking transfer must not take one of the few
                // threads that Dispatch or the task pool run everything else on.
                let thread = Thread {
                    continuation.resume(returning: self.perform(request, transfer))
                }
                thread.name = "muster.http"
                thread.start()
            }
        } onCancel: {
            transfer.isCancelled.store(true, ordering: .relaxed)
        }
        return try result.get()
    }

    private func perform(
        _ request: HTTPClientRequest, _ transfer: CurlTransfer
    ) -> Result<HTTPClientResponse, HTTPClientError> {
        guard let handle = checkOut() else {
            return .failure(.invalidRequest("libcurl could not create a handle"))
        }
        defer { checkIn(handle) }
        let headers = CurlHeaderList(request.headers)
        let body = request.body ?? Data()
        let userData = Unmanaged.passUnretained(transfer).toOpaque()
        return body.withUnsafeBytes { bytes -> Result<HTTPClientResponse, HTTPClientError> in
            if let error = configure(
                handle, request, headers: headers, body: bytes, userData: userData)
            {
                return .failure(error)
            }
            let code = handle.perform { transfer.isCancelled.load(ordering: .relaxed) }
            return outcome(code, handle: handle, transfer: transfer)
        }
    }

    private func configure(
        _ handle: CurlHandle, _ request: HTTPClientRequest, headers: CurlHeaderList,
        body: UnsafeRawBufferPointer, userData: UnsafeMutableRawPointer
    ) -> HTTPClientError? {
        var codes = [
            handle.set(CURLOPT_URL, request.url),
            handle.set(CURLOPT_CUSTOMREQUEST, request.method),
            handle.set(CURLOPT_HTTPHEADER, pointer: headers.pointer),
            handle.set(CURLOPT_SSL_VERIFYPEER, 1), handle.set(CURLOPT_SSL_VERIFYHOST, 2),
            handle.set(CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_2TLS),
            handle.set(CURLOPT_CONNECTTIMEOUT_MS, Int(options.connectTimeout * 1000)),
            handle.set(CURLOPT_TIMEOUT_MS, Int(options.totalTimeout * 1000)),
            handle.set(CURLOPT_NOSIGNAL, 1),
            handle.set(CURLOPT_ACCEPT_ENCODING, ""),
            handle.set(CURLOPT_WRITEDATA, pointer: userData),
            handle.set(CURLOPT_HEADERDATA, pointer: userData),
            muster_curl_setopt_write_callback(handle.raw, curlWrite),
            muster_curl_setopt_header_callback(handle.raw, curlHeader),
        ]
        if !request.isRepeatable {
            codes.append(handle.set(CURLOPT_FRESH_CONNECT, 1))
        }
        if let caFile = options.caFile ?? ProcessInfo.processInfo.environment["SSL_CERT_FILE"] {
            codes.append(handle.set(CURLOPT_CAINFO, caFile))
        }
        if let base = body.baseAddress, body.count > 0 {
            // The body outlives the transfer: `perform` holds it for the whole call.
            codes.append(
                muster_curl_setopt_offset(
                    handle.raw, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
            codes.append(
                handle.set(CURLOPT_POSTFIELDS, pointer: UnsafeMutableRawPointer(mutating: base)))
        } else if ["POST", "PUT", "PATCH"].contains(request.method) {
            codes.append(handle.set(CURLOPT_COPYPOSTFIELDS, ""))
        }
        guard let failed = codes.first(where: { $0 != CURLE_OK }) else { return nil }
        return .invalidRequest(String(cString: curl_easy_strerror(failed)))
    }

    private func outcome(
        _ code: CURLcode, handle: CurlHandle, transfer: CurlTransfer
    ) -> Result<HTTPClientResponse, HTTPClientError> {
        switch code {
        case CURLE_OK:
            let (body, headers) = transfer.result()
            return .success(HTTPClientResponse(status: handle.status, headers: headers, body: body))
        case CURLE_ABORTED_BY_CALLBACK:
            return .failure(.cancelled)
        case CURLE_WRITE_ERROR where transfer.isOverLimit:
            return .failure(.bodyTooLarge(limit: transfer.maxBodyBytes))
        case CURLE_OPERATION_TIMEDOUT:
            return .failure(.timedOut(seconds: options.totalTimeout))
        default:
            return .failure(
                .transport(
                    code: Int(code.rawValue), message: String(cString: curl_easy_strerror(code))))
        }
    }

    private func checkOut() -> CurlHandle? {
        if let handle = pool.withLock({ $0.popLast() }) {
            handle.reset()
            return handle
        }
        return CurlHandle()
    }

    private func checkIn(_ handle: CurlHandle) {
        pool.withLock { $0.append(handle) }
    }
}

/// libcurl's write callback: the body, into the transfer.
private func curlWrite(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int,
    _ user: UnsafeMutableRawPointer?
) -> Int {
    guard let user, let data else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
    let length = size * count
    return transfer.append(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
}

/// libcurl's header callback: one header line at a time.
private func curlHeader(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int,
    _ user: UnsafeMutableRawPointer?
) -> Int {
    guard let user, let data else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue()
    let length = size * count
    let line = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
    transfer.appendHeader(line)
    return length
}
