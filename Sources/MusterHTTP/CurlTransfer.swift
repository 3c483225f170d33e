import CCurl
import Foundation
import Synchronization

/// The state of one transfer, reached from libcurl's callbacks through their user pointer.
///
/// Only the thread running `curl_easy_perform` touches the buffers; cancellation arrives from
/// another thread through the atomic flag, which the progress callback reads.
final class CurlTransfer: Sendable {
    let maxBodyBytes: Int
    let isCancelled = Atomic<Bool>(false)
    private let state = Mutex(State())

    private struct State {
        var body = Data()
        var headerLines: [String] = []
        var isOverLimit = false
    }

    init(maxBodyBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
    }

    /// Appends body bytes; returns false (stopping the transfer) past the size cap.
    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        state.withLock { state in
            guard state.body.count + bytes.count <= maxBodyBytes else {
                state.isOverLimit = true
                return false
            }
            state.body.append(contentsOf: bytes)
            return true
        }
    }

    /// Records one header line; a new status line starts the headers over (after a 100
    /// Continue or a redirect, only the final response's headers count).
    func appendHeader(_ line: String) {
        state.withLock { state in
            if line.hasPrefix("HTTP/") { state.headerLines = [] }
            state.headerLines.append(line)
        }
    }

    var isOverLimit: Bool { state.withLock { $0.isOverLimit } }

    /// The body and the header fields, names lowercased.
    func result() -> (body: Data, headers: [String: [String]]) {
        state.withLock { state in
            var headers: [String: [String]] = [:]
            for line in state.headerLines {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = line[line.index(after: colon)...]
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                headers[name, default: []].append(value)
            }
            return (state.body, headers)
        }
    }
}
