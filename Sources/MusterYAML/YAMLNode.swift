import MusterDiagnostics

/// One node of a YAML document, with the place it was written.
///
/// A node is a handle into its file's `YAMLTree`. Aliases are resolved while composing, so an
/// alias is the anchored node itself, with the anchor's marks. Mappings keep their pairs in
/// source order; duplicate keys are reported by the parser and only the first is kept.
package struct YAMLNode: Sendable {
    /// What a node holds.
    package enum Value: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    package let tree: YAMLTree
    let index: Int32

    init(tree: YAMLTree, index: Int32) {
        self.tree = tree
        self.index = index
    }

    private var record: YAMLRecord { tree.records[Int(index)] }

    /// Where the node starts.
    package var mark: YAMLMark {
        let record = self.record
        return YAMLMark(file: tree.file, line: Int(record.line), column: Int(record.column))
    }

    /// Where the node starts, as a diagnostic location.
    package var location: SourceLocation {
        let record = self.record
        return SourceLocation(file: tree.file, line: Int(record.line), column: Int(record.column))
    }

    /// The text of a scalar that resolves to a string, without making a `YAMLScalar`; nil for
    /// a container or a null, boolean or number.
    package var stringValue: String? {
        let record = self.record
        guard record.kind == .scalar, record.scalarKind == .string else { return nil }
        return tree.text(of: record)
    }

    /// The explicit tag, such as `tag:yaml.org,2002:str`, if one was written.
    package var tag: String? {
        let tag = record.tag
        return tag < 0 ? nil : tree.tags[Int(tag)]
    }

    /// The node's content; children are made on each call, so cache it when reading often.
    package var value: Value {
        let record = self.record
        switch record.kind {
        case .scalar:
            return .scalar(YAMLScalar(record: record, text: tree.text(of: record)))
        case .sequence:
            return .sequence(children(of: record).map { YAMLNode(tree: tree, index: $0) })
        case .mapping:
            let edges = children(of: record)
            return .mapping(
                stride(from: edges.startIndex, to: edges.endIndex, by: 2).map { offset in
                    YAMLPair(
                        key: YAMLNode(tree: tree, index: edges[offset]),
                        value: YAMLNode(tree: tree, index: edges[offset + 1]))
                })
        }
    }

    /// The scalar, if this node is one.
    package var scalar: YAMLScalar? {
        let record = self.record
        guard record.kind == .scalar else { return nil }
        return YAMLScalar(record: record, text: tree.text(of: record))
    }

    /// The items, if this node is a sequence.
    package var sequence: [YAMLNode]? {
        guard record.kind == .sequence, case .sequence(let items) = value else { return nil }
        return items
    }

    /// The pairs, if this node is a mapping.
    package var mapping: [YAMLPair]? {
        guard record.kind == .mapping, case .mapping(let pairs) = value else { return nil }
        return pairs
    }

    /// Whether the node is a mapping, without making its pairs.
    package var isMapping: Bool { record.kind == .mapping }

    /// Whether the node is a null scalar (`~`, `null`, or nothing at all).
    package var isNull: Bool {
        let record = self.record
        return record.kind == .scalar && record.scalarKind == .null
    }

    /// The text of a scalar node, or nil for a container.
    package var scalarText: String? {
        let record = self.record
        return record.kind == .scalar ? tree.text(of: record) : nil
    }

    /// The value for a scalar key in a mapping node.
    package subscript(key: String) -> YAMLNode? {
        tree.valueIndex(inMapping: index, key: key).map { YAMLNode(tree: tree, index: $0) }
    }

    /// The keys of a mapping node whose text is none of `known`, in order.
    package func keys(notIn known: [String]) -> [YAMLNode] {
        tree.keyIndexes(inMapping: index, notIn: known).map { YAMLNode(tree: tree, index: $0) }
    }

    /// Calls `body` with each key and value of a mapping, in order, without making a list.
    package func forEachPair(_ body: (YAMLNode, YAMLNode) -> Void) {
        let record = self.record
        guard record.kind == .mapping else { return }
        let edges = children(of: record)
        for offset in stride(from: edges.startIndex, to: edges.endIndex, by: 2) {
            body(
                YAMLNode(tree: tree, index: edges[offset]),
                YAMLNode(tree: tree, index: edges[offset + 1]))
        }
    }

    /// Calls `body` with each item of a sequence, in order, without making a list.
    package func forEachItem(_ body: (YAMLNode) -> Void) {
        let record = self.record
        guard record.kind == .sequence else { return }
        for index in children(of: record) { body(YAMLNode(tree: tree, index: index)) }
    }

    /// Whether the node is a sequence, without making its items.
    package var isSequence: Bool { record.kind == .sequence }

    /// The number of items of a sequence or pairs of a mapping; 0 for a scalar.
    package var count: Int {
        let record = self.record
        switch record.kind {
        case .scalar: return 0
        case .sequence: return Int(record.length)
        case .mapping: return Int(record.length) / 2
        }
    }

    /// A short noun for the node's type, for messages: `a mapping`, `a string`.
    package var typeDescription: String {
        switch record.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar: return scalar?.resolved.typeDescription ?? "a string"
        }
    }

    private func children(of record: YAMLRecord) -> ArraySlice<Int32> {
        let start = Int(record.start)
        return tree.edges[start..<start + Int(record.length)]
    }
}

/// A key and its value in a mapping.
package struct YAMLPair: Sendable {
    package let key: YAMLNode
    package let value: YAMLNode
}

/// Where a node starts: its file and 1-based line and column.
package struct YAMLMark: Sendable, Hashable {
    package let file: String
    package let line: Int
    package let column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}
