/// One node of a YAML document, with the place it was written.
///
/// Aliases are resolved while composing, so an alias node is a copy of its anchor's node (cheap:
/// nodes are values with copy-on-write storage) that keeps the alias's own mark. Mappings keep
/// their pairs in source order; duplicate keys are reported by the parser and only the first is
/// kept.
package struct YAMLNode: Sendable {
    /// What a node holds.
    package enum Value: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    package var value: Value
    package let mark: YAMLMark
    /// The explicit tag, such as `!!str`, if one was written.
    package let tag: String?

    package init(_ value: Value, mark: YAMLMark, tag: String? = nil) {
        self.value = value
        self.mark = mark
        self.tag = tag
    }

    /// The scalar, if this node is one.
    package var scalar: YAMLScalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    package var sequence: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The pairs, if this node is a mapping.
    package var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// Whether the node is a null scalar (`~`, `null`, or nothing at all).
    package var isNull: Bool { scalar?.resolved == .null }

    /// The value for a scalar key in a mapping node.
    package subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// A short noun for the node's type, for messages: `a mapping`, `a string`.
    package var typeDescription: String {
        switch value {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar): return scalar.resolved.typeDescription
        }
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
