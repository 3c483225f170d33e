import Foundation
import MusterDiagnostics
import MusterModel

/// Turns secret references into values, from the environment or from files.
///
/// The resolver is the only place a secret's value is read. Its errors name the variable or file
/// and the document that asked, and never the value.
package struct SecretResolver: Sendable {
    private let environment: [String: String]

    package init(environment: [String: String]) {
        self.environment = environment
    }

    /// The value of one use of a secret.
    package func resolve(_ use: SecretUse) throws(SecretError) -> Secret {
        switch use.reference {
        case .environment(let name):
            guard let value = environment[name], !value.isEmpty else {
                throw .variableNotSet(name: name, use: use)
            }
            return Secret(value)
        case .file(let path, let directory):
            let full = path.hasPrefix("/") ? path : directory + "/" + path
            guard let data = FileManager.default.contents(atPath: full) else {
                throw .fileUnreadable(path: path, use: use)
            }
            let value = String(decoding: data, as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { throw .fileEmpty(path: path, use: use) }
            return Secret(value)
        }
    }

    /// A diagnostic for every secret of the configuration that cannot be resolved.
    package func check(_ configuration: Configuration) -> [Diagnostic] {
        configuration.secretReferences.compactMap { use -> Diagnostic? in
            do throws(SecretError) {
                _ = try resolve(use)
                return nil
            } catch {
                return .error("missing-secret", error.message, at: use.location)
            }
        }
    }
}

/// Why a secret could not be resolved.
package enum SecretError: Error, Sendable, Equatable {
    case variableNotSet(name: String, use: SecretUse)
    case fileUnreadable(path: String, use: SecretUse)
    case fileEmpty(path: String, use: SecretUse)

    /// Where the configuration asks for the secret.
    package var location: SourceLocation {
        switch self {
        case .variableNotSet(_, let use), .fileUnreadable(_, let use), .fileEmpty(_, let use):
            return use.location
        }
    }

    /// The short message, naming the source and the document but never a value.
    package var message: String {
        switch self {
        case .variableNotSet(let name, let use):
            return "environment variable '\(name)' is not set (needed by \(use.owner) \(use.field))"
        case .fileUnreadable(let path, let use):
            return "secret file '\(path)' cannot be read (needed by \(use.owner) \(use.field))"
        case .fileEmpty(let path, let use):
            return "secret file '\(path)' is empty (needed by \(use.owner) \(use.field))"
        }
    }
}
