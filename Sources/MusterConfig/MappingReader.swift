import MusterDiagnostics
import MusterModel
import MusterYAML

/// Reads the fields of one YAML mapping, reporting every wrong type, missing field and unknown
/// key to a sink instead of stopping at the first.
///
/// Each accessor returns nil when the field is absent or wrong; the caller decides whether that
/// is fatal for the document. `finish(known:)` reports keys the reader was never asked about.
struct MappingReader {
    let node: YAMLNode
    /// The dotted path of this mapping in its document, such as `spec.room`.
    let path: String
    let sink: DiagnosticSink

    /// A reader for `node`, or nil (with a diagnostic) when it is not a mapping.
    init?(_ node: YAMLNode, path: String, sink: DiagnosticSink) {
        guard node.isMapping else {
            sink.error(
                "wrong-type", "'\(path)' must be a mapping, not \(node.typeDescription)",
                at: node.mark)
            return nil
        }
        self.node = node
        self.path = path
        self.sink = sink
    }

    /// The dotted path of a field of this mapping.
    func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The raw node of a field, if present and not null.
    func value(_ key: String) -> YAMLNode? {
        guard let value = node[key], !value.isNull else { return nil }
        return value
    }

    /// Whether a field is present, even as null.
    func has(_ key: String) -> Bool { value(key) != nil }

    /// The raw node of a required field, reporting it when missing.
    func required(_ key: String, in document: @autoclosure () -> String) -> YAMLNode? {
        if let value = value(key) { return value }
        guard !sink.misspeltFields.contains(fieldPath(key)) else { return nil }
        sink.error(
            "missing-field", "\(document()) is missing required field '\(fieldPath(key))'",
            at: node.mark)
        return nil
    }

    /// Reports every key not in `known`, with a suggestion when one is close.
    func finish(known: [String]) {
        for keyNode in node.keys(notIn: known) {
            guard let key = keyNode.scalarText else {
                sink.error("wrong-type", "keys in '\(path)' must be strings", at: keyNode.mark)
                continue
            }
            let place = path.isEmpty ? "the document" : "'\(path)'"
            let suggestion = Suggestion.closest(to: key, in: known)
            if let suggestion, value(suggestion) == nil {
                sink.noteMisspelling(of: fieldPath(suggestion))
            }
            sink.error(
                "unknown-key",
                "unknown key '\(key)' in \(place)"
                    + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                at: keyNode.mark)
        }
    }

    // MARK: Typed fields

    /// A string field. Only text is accepted: a number, boolean or null where text belongs is
    /// reported with the advice to quote it, as the schema in `schema/` does.
    func string(_ key: String) -> Located<String>? {
        value(key).flatMap { string(of: $0, path: fieldPath(key)) }
    }

    func string(of node: YAMLNode, path: @autoclosure () -> String) -> Located<String>? {
        guard let text = node.stringValue else {
            let isScalar = node.scalarText != nil
            typeError(path(), expected: "a string", node, hint: isScalar ? "quote it" : nil)
            return nil
        }
        return Located(text, at: node.location)
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard case .bool(let value)? = node.scalar?.resolved else {
            typeError(fieldPath(key), expected: "a boolean (true or false)", node)
            return nil
        }
        return value
    }

    func int(_ key: String) -> Located<Int>? {
        guard let node = value(key) else { return nil }
        guard case .int(let value)? = node.scalar?.resolved else {
            typeError(fieldPath(key), expected: "an integer", node)
            return nil
        }
        return Located(value, at: node.location)
    }

    /// A field whose value is one of a fixed set of words.
    func choice<T: RawRepresentable>(_ key: String, _ type: T.Type, among all: [T]) -> T?
    where T.RawValue == String {
        guard let text = string(key) else { return nil }
        if let value = T(rawValue: text.value) { return value }
        let names = all.map(\.rawValue)
        sink.error(
            "invalid-value",
            "'\(fieldPath(key))' must be one of \(Self.list(names)), not '\(text.value)'"
                + Suggestion.didYouMean(text.value, in: names),
            at: value(key)?.mark)
        return nil
    }

    /// A list of strings; a single string where a list belongs is an error, not a list of one.
    func stringList(_ key: String) -> [Located<String>]? {
        guard let node = value(key) else { return nil }
        guard node.isSequence else {
            typeError(fieldPath(key), expected: "a list", node)
            return nil
        }
        var strings: [Located<String>] = []
        strings.reserveCapacity(node.count)
        var index = 0
        node.forEachItem { item in
            if let text = string(of: item, path: "\(fieldPath(key))[\(index)]") {
                strings.append(text)
            }
            index += 1
        }
        return strings.count == node.count ? strings : nil
    }

    /// A list of strings with no repeats; a repeat is reported at its second place.
    func uniqueStringList(_ key: String, noun: String) -> [Located<String>]? {
        guard let list = stringList(key) else { return nil }
        for (index, item) in list.enumerated()
        where list[..<index].contains(where: { $0.value == item.value }) {
            sink.add(
                .error(
                    "duplicate-value",
                    "\(noun) '\(item.value)' is listed twice in '\(fieldPath(key))'",
                    at: item.location))
        }
        return list
    }

    /// A nested mapping.
    func mapping(_ key: String) -> MappingReader? {
        value(key).flatMap { MappingReader($0, path: fieldPath(key), sink: sink) }
    }

    /// A mapping of strings to strings, such as labels.
    func stringMap(_ key: String) -> [String: String]? {
        guard let reader = mapping(key) else { return nil }
        var result: [String: String] = [:]
        reader.node.forEachPair { keyNode, valueNode in
            guard let name = keyNode.scalarText,
                let value = string(of: valueNode, path: fieldPath("\(key).\(name)"))
            else { return }
            result[name] = value.value
        }
        return result
    }

    private func typeError(_ path: String, expected: String, _ node: YAMLNode, hint: String? = nil)
    {
        let suffix = hint.map { "; \($0)" } ?? ""
        sink.error(
            "wrong-type", "'\(path)' must be \(expected), not \(node.typeDescription)\(suffix)",
            at: node.mark)
    }

    /// `'a', 'b' or 'c'`.
    static func list(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
    }
}
