import CYAML

/// Builds located nodes from libyaml events: the YAML "compose" step.
///
/// It resolves aliases and `<<` merge keys, reports duplicate keys and unknown aliases, and
/// keeps going after either, so one pass finds every such problem.
struct YAMLComposer {
    private(set) var documents: [YAMLDocument] = []
    private(set) var errors: [YAMLError] = []

    private let file: String
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    private var documentMark: YAMLMark

    init(file: String) {
        self.file = file
        self.documentMark = YAMLMark(file: file, line: 1, column: 1)
    }

    mutating func consume(_ event: inout yaml_event_t) {
        let mark = YAMLMark(
            file: file, line: Int(event.start_mark.line) + 1,
            column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            startDocument(at: mark)
        case YAML_DOCUMENT_END_EVENT:
            endDocument()
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text =
                data.value.map {
                    String(
                        decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self)
                } ?? ""
            scalar(
                text, style: Self.style(data.style), tag: Self.string(data.tag),
                anchor: Self.string(data.anchor), at: mark)
        case YAML_ALIAS_EVENT:
            alias(Self.string(event.data.alias.anchor), at: mark)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            stack.append(
                Frame(
                    kind: .sequence, mark: mark, tag: Self.string(data.tag),
                    anchor: Self.string(data.anchor)))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            stack.append(
                Frame(
                    kind: .mapping, mark: mark, tag: Self.string(data.tag),
                    anchor: Self.string(data.anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            closeFrame()
        default:
            break
        }
    }

    private mutating func startDocument(at mark: YAMLMark) {
        anchors = [:]
        root = nil
        stack = []
        documentMark = mark
    }

    private mutating func endDocument() {
        let content = root.flatMap { $0.isNull ? nil : $0 }
        documents.append(YAMLDocument(root: content, mark: documentMark))
    }

    private mutating func scalar(
        _ text: String, style: YAMLScalar.Style, tag: String?, anchor: String?,
        at mark: YAMLMark
    ) {
        let node = YAMLNode(
            .scalar(YAMLScalar(text: text, style: style, tag: tag)), mark: mark, tag: tag)
        if let anchor { anchors[anchor] = node }
        add(node)
    }

    private mutating func alias(_ name: String?, at mark: YAMLMark) {
        guard let name, let node = anchors[name] else {
            errors.append(
                .unknownAlias(name: name ?? "", file: file, line: mark.line, column: mark.column))
            add(YAMLNode(.scalar(YAMLScalar(text: "", style: .plain)), mark: mark))
            return
        }
        add(node)
    }

    private mutating func closeFrame() {
        guard let frame = stack.popLast() else { return }
        let node: YAMLNode
        switch frame.kind {
        case .sequence:
            node = YAMLNode(.sequence(frame.items), mark: frame.mark, tag: frame.tag)
        case .mapping:
            node = YAMLNode(.mapping(frame.mergedPairs()), mark: frame.mark, tag: frame.tag)
        }
        if let anchor = frame.anchor { anchors[anchor] = node }
        add(node)
    }

    private mutating func add(_ node: YAMLNode) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        switch stack[top].kind {
        case .sequence:
            stack[top].items.append(node)
        case .mapping:
            if let duplicate = stack[top].add(node) {
                errors.append(duplicate)
            }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
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
    enum Kind { case sequence, mapping }

    let kind: Kind
    let mark: YAMLMark
    let tag: String?
    let anchor: String?
    var items: [YAMLNode] = []
    var pairs: [YAMLPair] = []
    var merges: [YAMLNode] = []
    var pendingKey: YAMLNode?
    /// Line of each scalar key seen, for duplicate detection.
    var keyLines: [String: Int] = [:]

    init(kind: Kind, mark: YAMLMark, tag: String?, anchor: String?) {
        self.kind = kind
        self.mark = mark
        self.tag = tag
        self.anchor = anchor
    }

    /// Adds a key or a value; returns a duplicate-key error instead of adding a repeated key.
    mutating func add(_ node: YAMLNode) -> YAMLError? {
        guard let key = pendingKey else {
            pendingKey = node
            return nil
        }
        pendingKey = nil
        guard let scalar = key.scalar else {
            pairs.append(YAMLPair(key: key, value: node))
            return nil
        }
        if scalar.text == "<<" && scalar.style == .plain {
            merges.append(node)
            return nil
        }
        if let firstLine = keyLines[scalar.text] {
            return .duplicateKey(
                key: scalar.text, firstLine: firstLine, file: key.mark.file, line: key.mark.line,
                column: key.mark.column)
        }
        keyLines[scalar.text] = key.mark.line
        pairs.append(YAMLPair(key: key, value: node))
        return nil
    }

    /// The pairs, followed by those merged in through `<<` whose keys were not given here.
    func mergedPairs() -> [YAMLPair] {
        guard !merges.isEmpty else { return pairs }
        var result = pairs
        var seen = Set(keyLines.keys)
        let sources = merges.flatMap { $0.sequence ?? [$0] }
        for source in sources {
            for pair in source.mapping ?? [] {
                guard let key = pair.key.scalar?.text, !seen.contains(key) else { continue }
                seen.insert(key)
                result.append(pair)
            }
        }
        return result
    }
}
