import MusterDiagnostics

/// The desired state: every document of a configuration, checked and typed.
///
/// A `Configuration` is only built from documents that passed validation, so its invariants
/// hold: names are unique within a kind, every reference resolves, at most one integration has
/// war rooms enabled, and every template compiles. Each collection is sorted by name.
package struct Configuration: Sendable {
    package let service: Service
    package let integrations: [Integration]
    package let grants: [PermissionGrant]
    package let bindings: [UserBinding]
    package let policies: [WarRoomPolicy]
    /// The files read, in the order they were read.
    package let files: [String]

    package init(
        service: Service, integrations: [Integration], grants: [PermissionGrant],
        bindings: [UserBinding], policies: [WarRoomPolicy], files: [String]
    ) {
        self.service = service
        self.integrations = Self.sortedByName(integrations, \.name)
        self.grants = Self.sortedByName(grants, \.name)
        self.bindings = Self.sortedByName(bindings, \.name)
        self.policies = Self.sortedByName(policies, \.name)
        self.files = files
    }

    /// The documents in name order. Names are sorted with their positions, and each document
    /// is then copied once, since moving large documents around while sorting costs more.
    private static func sortedByName<T>(_ documents: [T], _ name: (T) -> String) -> [T] {
        let order = documents.indices.map { (name(documents[$0]), $0) }.sorted { $0.0 < $1.0 }
        return order.map { documents[$0.1] }
    }

    /// The number of documents.
    package var documentCount: Int {
        1 + integrations.count + grants.count + bindings.count + policies.count
    }

    /// The integration with a name.
    package func integration(named name: String) -> Integration? {
        integrations.first { $0.name == name }
    }

    /// Every secret reference, with the document and field that asked for it.
    package var secretReferences: [SecretUse] {
        var uses = [
            SecretUse(
                reference: service.appKey, owner: "Service '\(service.name)'", field: "spec.appKey",
                location: service.appKeyLocation)
        ]
        for integration in integrations {
            for (field, value) in integration.credentials.sorted(by: { $0.key < $1.key }) {
                guard case .secret(let reference) = value.value else { continue }
                uses.append(
                    SecretUse(
                        reference: reference, owner: "Integration '\(integration.name)'",
                        field: "spec.credentials.\(field)", location: value.location))
            }
        }
        return uses
    }
}

/// One place where the configuration asks for a secret.
package struct SecretUse: Sendable, Hashable {
    package let reference: SecretReference
    /// The document, as `Integration 'slack-prod'`.
    package let owner: String
    package let field: String
    package let location: SourceLocation

    package init(reference: SecretReference, owner: String, field: String, location: SourceLocation)
    {
        self.reference = reference
        self.owner = owner
        self.field = field
        self.location = location
    }
}

/// A document's name, labels and place.
package struct DocumentMetadata: Sendable, Hashable {
    package let name: String
    package let labels: [String: String]
    /// Where the document starts.
    package let location: SourceLocation

    package init(name: String, labels: [String: String], location: SourceLocation) {
        self.name = name
        self.labels = labels
        self.location = location
    }
}
