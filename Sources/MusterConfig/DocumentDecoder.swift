import MusterDiagnostics
import MusterModel
import MusterYAML

/// Decodes one YAML document into a typed document, checking everything the document says
/// about itself: its envelope, its fields' types and values, and its templates.
///
/// Rules that involve other documents belong to `ConfigurationValidator`.
struct DocumentDecoder {
    let sink: DiagnosticSink
    /// The directory of the document's file, for `${file:...}` references.
    let directory: String
    /// Templates already compiled in this file; policies often share them.
    let templates = TemplateCache()

    /// The document's kind, metadata and spec reader, or nil when the envelope is unusable.
    func header(of root: YAMLNode) -> DocumentHeader? {
        guard root.mapping != nil else {
            sink.error(
                "wrong-type",
                "a document must be a mapping with apiVersion, kind, metadata and spec, not "
                    + root.typeDescription, at: root.mark)
            return nil
        }
        guard let document = MappingReader(root, path: "", sink: sink) else { return nil }
        document.finish(known: ["apiVersion", "kind", "metadata", "spec"])
        checkAPIVersion(document)
        let kind = self.kind(of: document)
        let metadata = self.metadata(of: document, kind: kind)
        let spec = document.required("spec", in: describe(kind, metadata?.0.name)).flatMap {
            MappingReader($0, path: "spec", sink: sink)
        }
        guard let kind, let (metadata, nameLocation) = metadata else { return nil }
        return DocumentHeader(
            kind: kind, metadata: metadata, nameLocation: nameLocation, spec: spec)
    }

    /// The typed document, or nil when its spec has errors (already reported).
    func decode(_ header: DocumentHeader) -> DecodedDocument? {
        guard let spec = header.spec else { return nil }
        let before = sink.diagnostics.count
        let document: DecodedDocument?
        switch header.kind {
        case .service: document = service(spec, header.metadata).map(DecodedDocument.service)
        case .integration:
            document = integration(spec, header.metadata).map(DecodedDocument.integration)
        case .permissionGrant: document = grant(spec, header.metadata).map(DecodedDocument.grant)
        case .userBinding: document = binding(spec, header.metadata).map(DecodedDocument.binding)
        case .warRoomPolicy: document = policy(spec, header.metadata).map(DecodedDocument.policy)
        }
        let hasNewErrors = sink.diagnostics[before...].contains { $0.isError }
        return hasNewErrors ? nil : document
    }

    /// `Integration 'slack-prod'`, for messages.
    func describe(_ kind: DocumentKind?, _ name: String?) -> String {
        let kindName = kind?.rawValue ?? "document"
        return name.map { "\(kindName) '\($0)'" } ?? kindName
    }

    // MARK: Envelope

    private func checkAPIVersion(_ document: MappingReader) {
        guard let version = document.required("apiVersion", in: "document") else { return }
        guard let text = document.string(of: version, path: "apiVersion") else { return }
        guard text.value != DocumentKind.apiVersion else { return }
        sink.error(
            "invalid-value",
            "unsupported apiVersion '\(text.value)'; use '\(DocumentKind.apiVersion)'",
            at: version.mark)
    }

    private func kind(of document: MappingReader) -> DocumentKind? {
        guard document.required("kind", in: "document") != nil,
            let text = document.string("kind")
        else { return nil }
        if let kind = DocumentKind(rawValue: text.value) { return kind }
        let names = DocumentKind.allCases.map(\.rawValue)
        sink.add(
            .error(
                "unknown-kind",
                "unknown kind '\(text.value)'" + Suggestion.didYouMean(text.value, in: names),
                at: text.location,
                notes: ["the kinds are " + MappingReader.list(names)]))
        return nil
    }

    private func metadata(
        of document: MappingReader, kind: DocumentKind?
    ) -> (DocumentMetadata, SourceLocation)? {
        guard document.required("metadata", in: describe(kind, nil)) != nil,
            let metadata = document.mapping("metadata")
        else { return nil }
        metadata.finish(known: ["name", "labels", "annotations"])
        let labels = metadata.stringMap("labels") ?? [:]
        _ = metadata.stringMap("annotations")
        guard metadata.required("name", in: describe(kind, nil)) != nil,
            let name = metadata.string("name")
        else { return nil }
        guard Self.isValidName(name.value) else {
            sink.add(
                .error(
                    "invalid-name",
                    "name '\(name.value)' must be 1-63 lowercase letters, digits and '-', "
                        + "starting and ending with a letter or digit", at: name.location))
            return nil
        }
        let location = SourceLocation(document.node.mark)
        return (
            DocumentMetadata(name: name.value, labels: labels, location: location), name.location
        )
    }

    /// Whether a name is a DNS label: what Kubernetes-minded tools expect of `metadata.name`.
    static func isValidName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard (1...63).contains(bytes.count) else { return false }
        func isAlphanumeric(_ b: UInt8) -> Bool { (97...122).contains(b) || (48...57).contains(b) }
        guard let first = bytes.first, let last = bytes.last, isAlphanumeric(first),
            isAlphanumeric(last)
        else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == 45 }
    }
}
