import CYAML

/// Builds a file's `YAMLTree` from libyaml events: the YAML "compose" step.
///
/// It resolves aliases (as shared subtrees) and `<<` merge keys, reports duplicate keys and
/// unknown aliases, and keeps going after either, so one pass finds every such problem.
struct YAMLComposer {
    private(set) var errors: [YAMLError] = []

    private let file: String
    private var records: [YAMLRecord] = []
    private var edges: [Int32] = []
    private var bytes: [UInt8] = []
    private var tags: [String] = []
    /// Children of the open containers, innermost last; each frame owns a suffix.
    private var childStack: [Int32] = []
    private var frames: [Frame] = []
    private var anchors: [String: Int32] = [:]
    private var documents: [PendingDocument] = []
    private var current = PendingDocument(root: nil, line: 1, column: 1, hasMarker: false)

    /// - Parameter size: The file's size in bytes, to size the arrays once instead of growing
    ///   them: a node takes at least a few bytes of text, and its scalar bytes at most the text.
    init(file: String, size: Int) {
        self.file = file
        records.reserveCapacity(max(64, size / 10))
        edges.reserveCapacity(max(64, size / 10))
        bytes.reserveCapacity(size)
    }

    /// The tree, and the documents as nodes of it.
    func finish() -> [YAMLDocument] {
        let tree = YAMLTree(file: file, records: records, edges: edges, bytes: bytes, tags: tags)
        return documents.map { pending in
            YAMLDocument(
                root: pending.root.map { YAMLNode(tree: tree, index: $0) },
                mark: YAMLMark(file: file, line: pending.line, column: pending.column),
                containsReferenceMarker: pending.hasMarker)
        }
    }

    mutating func consume(_ event: inout yaml_event_t) {
        let line = Int32(event.start_mark.line) + 1
        let column = Int32(event.start_mark.column) + 1
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
            current = PendingDocument(
                root: nil, line: Int(line), column: Int(column), hasMarker: false)
        case YAML_DOCUMENT_END_EVENT:
            documents.append(current)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let index = scalar(
                data.value, count: data.length, style: Self.style(data.style),
                tag: data.tag, line: line, column: column)
            if let anchor = data.anchor { anchors[String(cString: anchor)] = index }
            add(index)
        case YAML_ALIAS_EVENT:
            alias(event.data.alias.anchor.map { String(cString: $0) }, line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            open(.sequence, tag: data.tag, anchor: data.anchor, line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            open(.mapping, tag: data.tag, anchor: data.anchor, line: line, column: column)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close()
        default:
            break
        }
    }

    // MARK: Nodes

    private mutating func scalar(
        _ value: UnsafeMutablePointer<yaml_char_t>?, count: Int, style: YAMLScalar.Style,
        tag: UnsafeMutablePointer<yaml_char_t>?, line: Int32, column: Int32
    ) -> Int32 {
        let start = Int32(bytes.count)
        if let value {
            let buffer = UnsafeBufferPointer(start: value, count: count)
            if !current.hasMarker { current.hasMarker = Self.hasReferenceMarker(buffer) }
            bytes.append(contentsOf: buffer)
        }
        let tagText = tag.map { String(cString: $0) }
        var kind = YAMLScalar.Kind.string
        var payload: Int64 = 0
        let first = count > 0 ? value?[0] : nil
        if tagText != nil || YAMLScalar.mayNotBeString(firstByte: first, style: style) {
            let text = value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
            }
            (kind, payload) = YAMLScalar.classify(text ?? "", style: style, tag: tagText)
        }
        let record = YAMLRecord(
            kind: .scalar, style: style, scalarKind: kind, payload: payload, line: line,
            column: column, start: start, length: Int32(count), tag: intern(tagText))
        records.append(record)
        return Int32(records.count - 1)
    }

    private mutating func alias(_ name: String?, line: Int32, column: Int32) {
        guard let name, let index = anchors[name] else {
            errors.append(
                .unknownAlias(
                    name: name ?? "", file: file, line: Int(line), column: Int(column)))
            add(scalar(nil, count: 0, style: .plain, tag: nil, line: line, column: column))
            return
        }
        add(index)
    }

    private mutating func open(
        _ kind: YAMLRecord.Kind, tag: UnsafeMutablePointer<yaml_char_t>?,
        anchor: UnsafeMutablePointer<yaml_char_t>?, line: Int32, column: Int32
    ) {
        let record = YAMLRecord(
            kind: kind, style: .plain, scalarKind: .null, payload: 0, line: line, column: column,
            start: 0, length: 0, tag: intern(tag.map { String(cString: $0) }))
        records.append(record)
        frames.append(
            Frame(
                index: Int32(records.count - 1), childStart: childStack.count,
                anchor: anchor.map { String(cString: $0) }))
    }

    private mutating func close() {
        guard let frame = frames.popLast() else { return }
        let start = edges.count
        edges.append(contentsOf: childStack[frame.childStart...])
        childStack.removeLast(childStack.count - frame.childStart)
        if records[Int(frame.index)].kind == .mapping, !frame.merges.isEmpty {
            edges += mergedPairs(frame.merges, excluding: Array(edges[start...]))
        }
        records[Int(frame.index)].start = Int32(start)
        records[Int(frame.index)].length = Int32(edges.count - start)
        if let anchor = frame.anchor { anchors[anchor] = frame.index }
        add(frame.index)
    }

    /// Adds a finished node to the open container, or makes it the document's root.
    private mutating func add(_ index: Int32) {
        guard let top = frames.indices.last else {
            current.root =
                records[Int(index)].kind == .scalar
                    && records[Int(index)].scalarKind == .null ? nil : index
            return
        }
        guard records[Int(frames[top].index)].kind == .mapping else {
            childStack.append(index)
            return
        }
        let pendingKey = frames[top].pendingKey
        guard let key = pendingKey else {
            frames[top].pendingKey = index
            return
        }
        frames[top].pendingKey = nil
        addPair(key: key, value: index, frame: top)
    }

    private mutating func addPair(key: Int32, value: Int32, frame top: Int) {
        let keyRecord = records[Int(key)]
        guard keyRecord.kind == .scalar else {
            childStack.append(key)
            childStack.append(value)
            return
        }
        if keyRecord.style == .plain, isText(keyRecord, "<<") {
            frames[top].merges.append(value)
            return
        }
        // Indexes, not a slice: a slice alive across the append below would copy the stack.
        for offset in stride(from: frames[top].childStart, to: childStack.count, by: 2) {
            let other = records[Int(childStack[offset])]
            guard other.kind == .scalar, sameText(other, keyRecord) else { continue }
            errors.append(
                .duplicateKey(
                    key: text(keyRecord), firstLine: Int(other.line), file: file,
                    line: Int(keyRecord.line), column: Int(keyRecord.column)))
            return
        }
        childStack.append(key)
        childStack.append(value)
    }

    /// The pairs of the merged mappings whose keys the mapping does not already have.
    private func mergedPairs(_ sources: [Int32], excluding own: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var seen = Set(stride(from: 0, to: own.count, by: 2).map { text(records[Int(own[$0])]) })
        let mappings = sources.flatMap { source -> [Int32] in
            let record = records[Int(source)]
            guard record.kind == .sequence else { return [source] }
            return Array(edges[Int(record.start)..<Int(record.start + record.length)])
        }
        for mapping in mappings where records[Int(mapping)].kind == .mapping {
            let record = records[Int(mapping)]
            let pairs = edges[Int(record.start)..<Int(record.start + record.length)]
            for offset in stride(from: pairs.startIndex, to: pairs.endIndex, by: 2) {
                let key = text(records[Int(pairs[offset])])
                guard seen.insert(key).inserted else { continue }
                result += [pairs[offset], pairs[offset + 1]]
            }
        }
        return result
    }

    // MARK: Text

    private func text(_ record: YAMLRecord) -> String {
        let start = Int(record.start)
        return String(decoding: bytes[start..<start + Int(record.length)], as: UTF8.self)
    }

    private func isText(_ record: YAMLRecord, _ literal: String) -> Bool {
        record.length == literal.utf8.count && text(record) == literal
    }

    private func sameText(_ a: YAMLRecord, _ b: YAMLRecord) -> Bool {
        guard a.length == b.length else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            return memcmp(base + Int(a.start), base + Int(b.start), Int(a.length)) == 0
        }
    }

    private mutating func intern(_ tag: String?) -> Int32 {
        guard let tag else { return -1 }
        tags.append(tag)
        return Int32(tags.count - 1)
    }

    private static func hasReferenceMarker(_ bytes: UnsafeBufferPointer<yaml_char_t>) -> Bool {
        guard bytes.count > 1 else { return false }
        for index in 0..<(bytes.count - 1) where bytes[index] == 0x24 && bytes[index + 1] == 0x7B {
            return true
        }
        return false
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}

/// A sequence or mapping whose children are still arriving.
private struct Frame {
    let index: Int32
    /// Where this container's children start in the composer's child stack.
    let childStart: Int
    let anchor: String?
    /// A mapping's key that awaits its value.
    var pendingKey: Int32?
    /// Nodes merged in through `<<`.
    var merges: [Int32] = []

    init(index: Int32, childStart: Int, anchor: String?) {
        self.index = index
        self.childStart = childStart
        self.anchor = anchor
    }
}

/// A document whose root is known by index until the tree is built.
private struct PendingDocument {
    var root: Int32?
    let line: Int
    let column: Int
    var hasMarker: Bool
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
