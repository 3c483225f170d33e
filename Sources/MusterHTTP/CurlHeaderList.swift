import CCurl

/// A `curl_slist` of request header lines, freed when the list goes away.
///
/// A request's headers always get `Expect:` (no 100-continue round trip) and, when the caller
/// set none, no `Content-Type`, so libcurl adds nothing the caller did not ask for.
final class CurlHeaderList {
    private(set) var pointer: UnsafeMutableRawPointer?
    private var list: UnsafeMutablePointer<curl_slist>?

    init(_ headers: [(name: String, value: String)]) {
        var lines = headers.map { "\($0.name): \($0.value)" }
        lines.append("Expect:")
        if !headers.contains(where: { $0.name.lowercased() == "content-type" }) {
            lines.append("Content-Type:")
        }
        for line in lines { list = curl_slist_append(list, line) }
        pointer = UnsafeMutableRawPointer(list)
    }

    deinit {
        curl_slist_free_all(list)
    }
}
