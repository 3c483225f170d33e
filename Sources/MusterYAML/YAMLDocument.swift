/// One document of a YAML stream, and where it starts.
package struct YAMLDocument: Sendable {
    /// The document's root, or nil for an empty document (a bare `---`).
    package let root: YAMLNode?
    package let mark: YAMLMark
    /// Whether any scalar in the document contains `${`, the start of a secret reference; most
    /// documents have none, so checks for misplaced secrets can skip them.
    package let containsReferenceMarker: Bool

    package init(root: YAMLNode?, mark: YAMLMark, containsReferenceMarker: Bool) {
        self.root = root
        self.mark = mark
        self.containsReferenceMarker = containsReferenceMarker
    }
}

/// What parsing one file produced: its documents, and the problems found on the way.
///
/// A syntax error stops the file, so `documents` then holds only those before it; other
/// problems (duplicate keys, unknown aliases) are collected and parsing goes on.
package struct YAMLParseResult: Sendable {
    package let documents: [YAMLDocument]
    package let errors: [YAMLError]

    package init(documents: [YAMLDocument], errors: [YAMLError]) {
        self.documents = documents
        self.errors = errors
    }
}
