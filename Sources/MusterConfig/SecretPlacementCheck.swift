import MusterYAML

/// Reports secret references written outside credential fields.
///
/// Secrets are allowed only where Muster knows to keep them out of plans, state and logs, so a
/// `${env:...}` anywhere else is an error rather than text that would be sent as-is.
struct SecretPlacementCheck {
    let sink: DiagnosticSink

    /// Walks a whole document.
    func check(_ root: YAMLNode, kind: DocumentKind?) {
        walk(root, path: "", kind: kind)
    }

    private func walk(_ node: YAMLNode, path: String, kind: DocumentKind?) {
        switch node.value {
        case .scalar(let scalar):
            guard scalar.text.contains("${"), !Self.allowsSecret(path, kind: kind) else { return }
            sink.error(
                "secret-not-allowed",
                "secret reference in '\(path)'; secrets are allowed only in credential fields "
                    + "(Service spec.appKey, Integration spec.credentials)", at: node.mark)
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                walk(item, path: "\(path)[\(index)]", kind: kind)
            }
        case .mapping(let pairs):
            for pair in pairs {
                let key = pair.key.scalar?.text ?? "?"
                walk(pair.value, path: path.isEmpty ? key : "\(path).\(key)", kind: kind)
            }
        }
    }

    private static func allowsSecret(_ path: String, kind: DocumentKind?) -> Bool {
        switch kind {
        case .service: return path == "spec.appKey"
        case .integration: return path.hasPrefix("spec.credentials.")
        default: return false
        }
    }
}
