import MusterDiagnostics
import MusterModel
import MusterYAML

extension DocumentDecoder {
    func service(_ spec: MappingReader, _ metadata: DocumentMetadata) -> Service? {
        let name = describe(.service, metadata.name)
        spec.finish(known: ["endpoint", "appKey"])
        let endpoint = spec.string("endpoint").flatMap { url($0, field: "spec.endpoint") }
        guard let node = spec.required("appKey", in: name),
            let appKey = secret(node, field: "spec.appKey", in: spec)
        else { return nil }
        return Service(
            metadata: metadata, endpoint: endpoint ?? Service.defaultEndpoint, appKey: appKey.value,
            appKeyLocation: appKey.location)
    }

    /// A field that must hold a secret reference, never a literal.
    func secret(
        _ node: YAMLNode, field: String, in reader: MappingReader
    ) -> Located<SecretReference>? {
        guard let text = reader.string(of: node, path: field) else { return nil }
        if let reference = SecretReference(parsing: text.value, relativeTo: directory) {
            return Located(reference, at: text.location)
        }
        let looksLikeOne = SecretReference.looksLikeReference(text.value)
        sink.add(
            .error(
                looksLikeOne ? "invalid-secret" : "literal-secret",
                looksLikeOne
                    ? "'\(field)' is not a valid secret reference; write ${env:NAME} or ${file:PATH}"
                    : "'\(field)' holds a literal secret; write a reference such as ${env:NAME} "
                        + "so that no secret is committed",
                at: text.location))
        return nil
    }

    /// An http or https URL with a host.
    func url(_ text: Located<String>, field: String) -> String? {
        let value = text.value
        // A reference here is already reported, as a secret outside credentials.
        guard !SecretReference.looksLikeReference(value) else { return nil }
        let isURL =
            (value.hasPrefix("https://") || value.hasPrefix("http://"))
            && value.split(separator: "/", omittingEmptySubsequences: true).count >= 2
            && !value.contains(" ")
        guard isURL else {
            sink.add(
                .error(
                    "invalid-value", "'\(field)' must be an http or https URL, not '\(value)'",
                    at: text.location))
            return nil
        }
        return value.hasSuffix("/") ? String(value.dropLast()) : value
    }
}
