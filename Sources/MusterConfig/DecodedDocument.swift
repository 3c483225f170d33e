import MusterDiagnostics
import MusterModel

/// One document after its own fields were checked, before the rules across documents.
enum DecodedDocument: Sendable {
    case service(Service)
    case integration(Integration)
    case grant(PermissionGrant)
    case binding(UserBinding)
    case policy(WarRoomPolicy)
}

/// A document's kind and name, known even when its spec has errors, so that references to it
/// still resolve and one mistake does not cascade.
struct DocumentHeader {
    let kind: DocumentKind
    let metadata: DocumentMetadata
    /// Where `metadata.name` is written.
    let nameLocation: SourceLocation
    let spec: MappingReader?

    /// The parts the rules across documents need, free of the reader.
    var summary: DocumentSummary {
        DocumentSummary(kind: kind, metadata: metadata, nameLocation: nameLocation)
    }
}

/// A document's kind, name and places, for the rules across documents.
struct DocumentSummary: Sendable {
    let kind: DocumentKind
    let metadata: DocumentMetadata
    let nameLocation: SourceLocation
}
