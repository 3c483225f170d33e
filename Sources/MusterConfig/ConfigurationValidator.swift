import MusterDiagnostics
import MusterModel

/// Checks the rules that span documents, and builds the `Configuration` when they hold.
///
/// It sees every header (so names resolve even for documents whose specs had errors) and every
/// document that decoded cleanly.
struct ConfigurationValidator {
    let sink: DiagnosticSink

    /// The configuration, or nil when any error was found (by this or an earlier step).
    func validate(
        headers: [DocumentSummary], documents: [DecodedDocument], files: [String]
    )
        -> Configuration?
    {
        checkUniqueNames(headers)
        let integrationNames = Set(headers.filter { $0.kind == .integration }.map(\.metadata.name))
        var parts = Parts()
        for document in documents { parts.add(document) }
        parts.dropRepeatedNames()
        let service = checkService(headers, parts.services)
        checkIntegrations(parts.integrations)
        let integrations = Dictionary(
            parts.integrations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let references = ReferenceCheck(
            sink: sink, names: integrationNames, integrations: integrations)
        parts.grants.forEach(references.check)
        checkRoles(parts.grants)
        let bindings = parts.bindings.map(references.check)
        parts.policies.forEach(references.check)
        guard let service, !sink.hasErrors else { return nil }
        return Configuration(
            service: service, integrations: parts.integrations, grants: parts.grants,
            bindings: bindings, policies: parts.policies, files: files)
    }

    private func checkUniqueNames(_ headers: [DocumentSummary]) {
        var seen: [DocumentKind: [String: SourceLocation]] = [:]
        for header in headers where header.kind != .service {
            let name = header.metadata.name
            if let first = seen[header.kind]?[name] {
                sink.add(
                    .error(
                        "duplicate-name",
                        "\(header.kind.rawValue) '\(name)' is defined twice (first at \(first))",
                        at: header.nameLocation))
            } else {
                seen[header.kind, default: [:]][name] = header.nameLocation
            }
        }
    }

    private func checkService(_ headers: [DocumentSummary], _ services: [Service]) -> Service? {
        let serviceHeaders = headers.filter { $0.kind == .service }
        guard let first = serviceHeaders.first else {
            sink.add(
                .error(
                    "missing-service",
                    "the configuration has no Service document; add one with the service's "
                        + "endpoint and appKey", at: nil))
            return nil
        }
        for extra in serviceHeaders.dropFirst() {
            sink.add(
                .error(
                    "duplicate-service",
                    "a configuration has exactly one Service, and '\(first.metadata.name)' is "
                        + "already defined at \(first.nameLocation)", at: extra.nameLocation))
        }
        return services.first
    }

    private func checkIntegrations(_ integrations: [Integration]) {
        var firstWarRoom: Integration?
        var ids: [Int64: Integration] = [:]
        for integration in integrations {
            if let other = ids[integration.integrationId] {
                sink.add(
                    .error(
                        "duplicate-integration-id",
                        "integrations '\(other.name)' and '\(integration.name)' share "
                            + "integrationId \(integration.integrationId)",
                        at: integration.metadata.location))
            }
            ids[integration.integrationId] = ids[integration.integrationId] ?? integration
            checkDingTalkTemplate(integration)
            guard integration.isWarRoomEnabled else { continue }
            if let first = firstWarRoom {
                sink.add(
                    .error(
                        "multiple-war-room-integrations",
                        "integrations '\(first.name)' and '\(integration.name)' both have war "
                            + "rooms enabled; the service allows one",
                        at: integration.metadata.location))
            } else {
                firstWarRoom = integration
            }
        }
    }

    private func checkDingTalkTemplate(_ integration: Integration) {
        guard integration.platform == .dingtalk, integration.isWarRoomEnabled,
            integration.groupTemplateId == nil
        else { return }
        sink.add(
            .error(
                "missing-field",
                "DingTalk integration '\(integration.name)' has war rooms enabled but no "
                    + "'spec.dingtalk.groupTemplateId'; war rooms are scene groups made from "
                    + "that template", at: integration.metadata.location))
    }

    private func checkRoles(_ grants: [PermissionGrant]) {
        var declared: [String: SourceLocation] = [:]
        var used: [Located<String>] = []
        for grant in grants {
            guard case .role(let role) = grant.form else { continue }
            used.append(role.role)
            guard role.permissions != nil else { continue }
            if role.isPreset {
                sink.add(
                    .error(
                        "preset-role",
                        "'\(role.role.value)' is a preset role and cannot be given permissions; "
                            + "declare a custom role with another name", at: role.role.location))
            } else if let first = declared[role.role.value] {
                sink.add(
                    .error(
                        "duplicate-role",
                        "custom role '\(role.role.value)' is declared twice (first at \(first))",
                        at: role.role.location))
            } else {
                declared[role.role.value] = role.role.location
            }
        }
        for role in used where !RoleGrant.presetRoles.contains(role.value) {
            guard declared[role.value] == nil else { continue }
            let known = RoleGrant.presetRoles + declared.keys.sorted()
            sink.add(
                .error(
                    "unknown-role",
                    "role '\(role.value)' is not a preset role and no grant declares its "
                        + "permissions" + Suggestion.didYouMean(role.value, in: known),
                    at: role.location,
                    notes: ["preset roles are Admin, Responder and Viewer"]))
        }
    }
}

/// The decoded documents, by kind.
private struct Parts {
    var services: [Service] = []
    var integrations: [Integration] = []
    var grants: [PermissionGrant] = []
    var bindings: [UserBinding] = []
    var policies: [WarRoomPolicy] = []

    /// Keeps the first document of each name, so that a name defined twice (already an error)
    /// does not also trip the rules that compare documents.
    mutating func dropRepeatedNames() {
        integrations = Self.firstOfEachName(integrations, \.name)
        grants = Self.firstOfEachName(grants, \.name)
        bindings = Self.firstOfEachName(bindings, \.name)
        policies = Self.firstOfEachName(policies, \.name)
    }

    private static func firstOfEachName<T>(_ items: [T], _ name: (T) -> String) -> [T] {
        var seen = Set<String>()
        return items.filter { seen.insert(name($0)).inserted }
    }

    mutating func add(_ document: DecodedDocument) {
        switch document {
        case .service(let service): services.append(service)
        case .integration(let integration): integrations.append(integration)
        case .grant(let grant): grants.append(grant)
        case .binding(let binding): bindings.append(binding)
        case .policy(let policy): policies.append(policy)
        }
    }
}
