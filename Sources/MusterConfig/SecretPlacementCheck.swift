import MusterModel
import MusterYAML

/// Reports secret references written outside credential fields.
///
/// Secrets are allowed only where Muster knows to keep them out of plans, state and logs, so a
/// `${env:...}` anywhere else is an error rather than text that would be sent as-is.
struct SecretPlacementCheck {
    let sink: DiagnosticSink

    /// Walks a whole document.
    func check(_ root: YAMLNode, kind: DocumentKind) {
        var path: [String] = []
        walk(root, path: &path, kind: kind)
    }

    /// The path is built as a list and joined only for an error: most scalars hold no reference.
    private func walk(_ node: YAMLNode, path: inout [String], kind: DocumentKind) {
        switch node.value {
        case .scalar(let scalar):
            guard SecretReference.looksLikeReference(scalar.text) else { return }
            let joined = Self.join(path)
            guard !Self.allowsSecret(joined, kind: kind) else { return }
            sink.error(
                "secret-not-allowed",
                "secret reference in '\(joined)'; secrets are allowed only in credential fields "
                    + "(Service spec.appKey, Integration spec.credentials)", at: node.mark)
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                path.append("[\(index)]")
                walk(item, path: &path, kind: kind)
                path.removeLast()
            }
        case .mapping(let pairs):
            for pair in pairs {
                path.append(pair.key.scalar?.text ?? "?")
                walk(pair.value, path: &path, kind: kind)
                path.removeLast()
            }
        }
    }

    private static func join(_ path: [String]) -> String {
        path.reduce("") { result, part in
            part.hasPrefix("[") || result.isEmpty ? result + part : result + "." + part
        }
    }

    private static func allowsSecret(_ path: String, kind: DocumentKind) -> Bool {
        switch kind {
        case .service: return path == "spec.appKey"
        case .integration: return path.hasPrefix("spec.credentials.")
        default: return false
        }
    }
}
