import MusterDiagnostics
import MusterModel
import MusterYAML

extension DocumentDecoder {
    func grant(_ spec: MappingReader, _ metadata: DocumentMetadata) -> PermissionGrant? {
        let name = describe(.permissionGrant, metadata.name)
        let appKeys = ["integration", "scopes"]
        let roleKeys = ["role", "description", "permissions", "members", "teams"]
        switch (spec.has("integration"), spec.has("role")) {
        case (true, false):
            spec.finish(known: appKeys)
            return appGrant(spec, metadata, name: name)
        case (false, true):
            spec.finish(known: roleKeys)
            return roleGrant(spec, metadata)
        case (true, true):
            sink.error(
                "invalid-value",
                "\(name) sets both 'spec.integration' and 'spec.role'; a grant gives app scopes "
                    + "to an integration or a role to people, so split it in two",
                at: spec.node.mark)
            return nil
        case (false, false):
            spec.finish(known: appKeys + roleKeys)
            sink.error(
                "missing-field",
                "\(name) needs 'spec.integration' (with scopes) or 'spec.role' (with members)",
                at: spec.node.mark)
            return nil
        }
    }

    private func appGrant(
        _ spec: MappingReader, _ metadata: DocumentMetadata, name: String
    ) -> PermissionGrant? {
        let integration = spec.string("integration")
        guard spec.required("scopes", in: name) != nil,
            let scopes = spec.uniqueStringList("scopes", noun: "scope")
        else { return nil }
        if scopes.isEmpty {
            sink.error(
                "invalid-value", "'spec.scopes' must list at least one scope",
                at: spec.value("scopes")?.mark)
        }
        guard let integration else { return nil }
        return PermissionGrant(
            metadata: metadata, form: .appScopes(integration: integration, scopes: scopes))
    }

    private func roleGrant(_ spec: MappingReader, _ metadata: DocumentMetadata) -> PermissionGrant?
    {
        guard let role = spec.string("role") else { return nil }
        if role.value.isEmpty || role.value.count > 39 {
            sink.add(
                .error("invalid-value", "role name must be 1-39 characters", at: role.location))
        }
        let description = spec.string("description")
        if let description, description.value.count > 499 {
            sink.add(
                .error(
                    "invalid-value", "'spec.description' must be at most 499 characters",
                    at: description.location))
        }
        let permissions = spec.uniqueStringList("permissions", noun: "permission")
        let members = memberList(spec, "members") ?? []
        let teams = spec.uniqueStringList("teams", noun: "team") ?? []
        let grant = RoleGrant(
            role: role, description: description?.value, permissions: permissions,
            members: members, teams: teams)
        return PermissionGrant(metadata: metadata, form: .role(grant))
    }

    /// A list of members, each an email address.
    func memberList(_ reader: MappingReader, _ key: String) -> [Located<String>]? {
        guard let members = reader.uniqueStringList(key, noun: "member") else { return nil }
        for member in members where !Self.isEmail(member.value) {
            sink.add(
                .error(
                    "invalid-member",
                    "member '\(member.value)' is not an email address; members are named by "
                        + "the email they sign in with", at: member.location))
        }
        return members
    }

    /// Whether the text has the shape of an email address: one `@` with text before it and a
    /// dotted domain after it, and no white space. Members are checked by the service itself.
    static func isEmail(_ text: String) -> Bool {
        if let verdict = text.utf8.withContiguousStorageIfAvailable(isEmail) { return verdict }
        return Array(text.utf8).withUnsafeBufferPointer(isEmail)
    }

    private static func isEmail(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let dot = UInt8(ascii: ".")
        var ats = 0
        var localLength = 0
        var domainLength = 0
        var domainHasDot = false
        var previous: UInt8 = 0
        for byte in bytes {
            if byte <= 0x20 { return false }
            if byte == UInt8(ascii: "@") {
                ats += 1
            } else if ats == 0 {
                localLength += 1
            } else {
                if domainLength == 0 && byte == dot { return false }
                domainHasDot = domainHasDot || byte == dot
                domainLength += 1
            }
            previous = byte
        }
        return ats == 1 && localLength > 0 && domainHasDot && previous != dot
    }
}
