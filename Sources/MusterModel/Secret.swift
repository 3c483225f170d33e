/// Where a secret comes from: an environment variable or a file.
///
/// Only the reference is ever stored or printed; `Secret` holds the resolved value.
package enum SecretReference: Sendable, Hashable, CustomStringConvertible {
    case environment(String)
    /// A file path as written, and the directory it is relative to.
    case file(path: String, relativeTo: String)

    /// Parses `${env:NAME}` or `${file:PATH}`; nil when the text is not exactly one reference.
    package init?(parsing text: String, relativeTo directory: String) {
        guard text.hasPrefix("${"), text.hasSuffix("}"), text.count > 3 else { return nil }
        let body = text.dropFirst(2).dropLast()
        guard !body.contains("}"), !body.contains("${") else { return nil }
        if body.hasPrefix("env:") {
            let name = String(body.dropFirst(4))
            guard Self.isVariableName(name) else { return nil }
            self = .environment(name)
        } else if body.hasPrefix("file:"), body.count > 5 {
            self = .file(path: String(body.dropFirst(5)), relativeTo: directory)
        } else {
            return nil
        }
    }

    /// Whether the text holds something that looks like a reference, valid or not.
    package static func looksLikeReference(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "$") && byte == UInt8(ascii: "{") { return true }
            previous = byte
        }
        return false
    }

    /// The reference as written in the configuration, safe to print.
    package var description: String {
        switch self {
        case .environment(let name): return "${env:\(name)}"
        case .file(let path, _): return "${file:\(path)}"
        }
    }

    private static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.isASCIILetter else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.isASCIILetter || $0.isASCIIDigit }
    }
}

/// A resolved secret value that never shows itself.
///
/// `description`, `debugDescription` and string interpolation all give `<redacted>`, so a secret
/// that reaches a log line or an error message by mistake still does not leak. Code that must
/// send it (an HTTP client) reads `revealed` explicitly.
package struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    package let revealed: String

    package init(_ value: String) {
        self.revealed = value
    }

    package var description: String { "<redacted>" }
    package var debugDescription: String { "<redacted>" }
}

/// A credential field's value: a literal for identifiers such as an app id, or a reference.
package enum CredentialValue: Sendable, Hashable, CustomStringConvertible {
    case literal(String)
    case secret(SecretReference)

    package var description: String {
        switch self {
        case .literal(let value): return value
        case .secret(let reference): return reference.description
        }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
    fileprivate var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
}
