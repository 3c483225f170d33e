/// A problem in a YAML file, at a 1-based line and column.
package enum YAMLError: Error, Sendable, Equatable {
    /// libyaml rejected the text; `problem` is its own wording.
    case syntax(problem: String, context: String?, file: String, line: Int, column: Int)
    /// A key given twice in one mapping.
    case duplicateKey(key: String, firstLine: Int, file: String, line: Int, column: Int)
    /// A tab in a line's indentation, which YAML forbids.
    case tabIndentation(file: String, line: Int, column: Int)
    /// An alias to an anchor that was never defined.
    case unknownAlias(name: String, file: String, line: Int, column: Int)
    /// Bytes that are not UTF-8, at the first bad byte.
    case notUTF8(byte: UInt8, file: String, line: Int, column: Int)

    /// The file, line and column of the problem.
    package var place: (file: String, line: Int, column: Int) {
        switch self {
        case .syntax(_, _, let f, let l, let c), .duplicateKey(_, _, let f, let l, let c),
            .tabIndentation(let f, let l, let c), .unknownAlias(_, let f, let l, let c),
            .notUTF8(_, let f, let l, let c):
            return (f, l, c)
        }
    }

    /// A stable identifier for tools.
    package var code: String {
        switch self {
        case .syntax: return "yaml-syntax"
        case .duplicateKey: return "duplicate-key"
        case .tabIndentation: return "tab-indentation"
        case .unknownAlias: return "unknown-alias"
        case .notUTF8: return "not-utf8"
        }
    }

    /// The short, lowercase message for a person.
    package var message: String {
        switch self {
        case .syntax(let problem, let context, _, _, _):
            return "invalid YAML: \(problem)" + (context.map { " \($0)" } ?? "")
        case .duplicateKey(let key, let firstLine, _, _, _):
            return "duplicate key '\(key)' (first given on line \(firstLine))"
        case .tabIndentation:
            return "tab used for indentation; YAML indents with spaces"
        case .unknownAlias(let name, _, _, _):
            return "alias '*\(name)' refers to no anchor"
        case .notUTF8(let byte, _, _, _):
            let hex = String(byte, radix: 16, uppercase: true)
            return "file is not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex))"
        }
    }
}
