import MusterDiagnostics

/// The incident-management service (Flashduty's Open API) that the configuration targets.
package struct Service: Sendable {
    package static let defaultEndpoint = "https://api.flashcat.cloud"

    package let metadata: DocumentMetadata
    package let endpoint: String
    package let appKey: SecretReference
    package let appKeyLocation: SourceLocation

    package init(
        metadata: DocumentMetadata, endpoint: String, appKey: SecretReference,
        appKeyLocation: SourceLocation
    ) {
        self.metadata = metadata
        self.endpoint = endpoint
        self.appKey = appKey
        self.appKeyLocation = appKeyLocation
    }

    package var name: String { metadata.name }
}
