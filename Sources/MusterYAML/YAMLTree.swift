/// The storage of one parsed file: every node as a fixed-size record, and the bytes of every
/// scalar in one buffer.
///
/// Nodes are handles into a tree (`YAMLNode` is a tree and an index), so composing a file
/// allocates a few large arrays instead of a heap object per node, and copying a node costs one
/// reference. A tree is immutable once built, which makes it safe to share across threads.
package final class YAMLTree: Sendable {
    /// The path recorded in every mark.
    package let file: String
    let records: [YAMLRecord]
    /// Children of containers: each container owns a contiguous run (key, value, key, value,
    /// ... for mappings). An alias is an edge to the anchored node, so subtrees are shared.
    let edges: [Int32]
    let bytes: [UInt8]
    let tags: [String]

    init(file: String, records: [YAMLRecord], edges: [Int32], bytes: [UInt8], tags: [String]) {
        self.file = file
        self.records = records
        self.edges = edges
        self.bytes = bytes
        self.tags = tags
    }

    /// The value's index for a scalar key of the mapping at `index`, comparing bytes in place.
    func valueIndex(inMapping index: Int32, key: String) -> Int32? {
        let record = records[Int(index)]
        guard record.kind == .mapping else { return nil }
        let start = Int(record.start)
        for offset in stride(from: start, to: start + Int(record.length), by: 2) {
            let keyRecord = records[Int(edges[offset])]
            if keyRecord.kind == .scalar, text(of: keyRecord, equals: key) {
                return edges[offset + 1]
            }
        }
        return nil
    }

    /// The key indexes of the mapping at `index` whose text is none of `known`.
    func keyIndexes(inMapping index: Int32, notIn known: [String]) -> [Int32] {
        let record = records[Int(index)]
        guard record.kind == .mapping else { return [] }
        let start = Int(record.start)
        var unknown: [Int32] = []
        for offset in stride(from: start, to: start + Int(record.length), by: 2) {
            let keyRecord = records[Int(edges[offset])]
            let isKnown =
                keyRecord.kind == .scalar && known.contains { text(of: keyRecord, equals: $0) }
            if !isKnown { unknown.append(edges[offset]) }
        }
        return unknown
    }

    /// The text of a scalar record.
    func text(of record: YAMLRecord) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress.map { $0 + Int(record.start) }
            return String(
                decoding: UnsafeBufferPointer(start: start, count: Int(record.length)),
                as: UTF8.self)
        }
    }

    /// Whether a scalar record's text is exactly `key`, without making a string.
    func text(of record: YAMLRecord, equals key: String) -> Bool {
        let length = Int(record.length)
        let start = Int(record.start)
        let compared = key.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard utf8.count == length else { return false }
            return bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, let other = utf8.baseAddress else {
                    return length == 0
                }
                return memcmp(base + start, other, length) == 0
            }
        }
        return compared ?? (text(of: record) == key)
    }
}

/// One node, in a form that holds no references.
struct YAMLRecord: Sendable {
    enum Kind: UInt8, Sendable { case scalar, sequence, mapping }

    var kind: Kind
    var style: YAMLScalar.Style
    /// For scalars, the resolved kind and its payload (an integer, a boolean as 0 or 1, or a
    /// double's bit pattern).
    var scalarKind: YAMLScalar.Kind
    var payload: Int64
    var line: Int32
    var column: Int32
    /// For scalars, where the text starts in `bytes`; for containers, where the children
    /// start in `edges`.
    var start: Int32
    /// For scalars, the text's length in bytes; for containers, the number of edges.
    var length: Int32
    /// The index of the explicit tag in `tags`, or -1.
    var tag: Int32
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
