import MusterDiagnostics
import MusterModel
import MusterYAML

extension DocumentDecoder {
    func integration(_ spec: MappingReader, _ metadata: DocumentMetadata) -> Integration? {
        let name = describe(.integration, metadata.name)
        spec.finish(
            known: ["platform", "integrationId", "endpoint", "credentials", "warRoom", "dingtalk"])
        _ = spec.required("platform", in: name)
        let platform = spec.choice("platform", Platform.self, among: Platform.allCases)
        _ = spec.required("integrationId", in: name)
        let integrationId = spec.int("integrationId").flatMap(positiveId)
        let endpoint = spec.string("endpoint").flatMap { url($0, field: "spec.endpoint") }
        let warRoom = spec.choice("warRoom", WarRoomSwitch.self, among: WarRoomSwitch.allCases)
        let credentials = spec.required("credentials", in: name).flatMap { _ in
            platform.flatMap { self.credentials(spec, platform: $0) }
        }
        let dingtalk = dingtalkOptions(spec, platform: platform)
        guard let platform, let integrationId, let credentials else { return nil }
        return Integration(
            metadata: metadata, platform: platform, integrationId: integrationId,
            endpoint: endpoint, credentials: credentials, isWarRoomEnabled: warRoom == .enabled,
            groupTemplateId: dingtalk?.templateId, robotCode: dingtalk?.robotCode)
    }

    private func positiveId(_ id: Located<Int>) -> Int64? {
        guard id.value > 0 else {
            sink.add(
                .error(
                    "invalid-value", "'spec.integrationId' must be a positive integer",
                    at: id.location))
            return nil
        }
        return Int64(id.value)
    }

    private func credentials(
        _ spec: MappingReader, platform: Platform
    ) -> [String: Located<CredentialValue>]? {
        guard let reader = spec.mapping("credentials") else { return nil }
        let fields = CredentialFields.of(platform)
        reader.finish(known: fields.map(\.name))
        var result: [String: Located<CredentialValue>] = [:]
        for field in fields {
            guard let node = reader.required(field.name, in: "\(platform.displayName) credentials")
            else { continue }
            let path = "spec.credentials.\(field.name)"
            if field.isSecret {
                guard let reference = secret(node, field: path, in: reader) else { continue }
                result[field.name] = Located(.secret(reference.value), at: reference.location)
            } else if let value = credential(node, field: field, path: path, in: reader) {
                result[field.name] = value
            }
        }
        return result.count == fields.count ? result : nil
    }

    /// A credential that may be a literal (an app id) or a reference.
    private func credential(
        _ node: YAMLNode, field: CredentialFields.Field, path: String, in reader: MappingReader
    ) -> Located<CredentialValue>? {
        if field.isInteger, case .int(let value)? = node.scalar?.resolved {
            return Located(.literal(String(value)), at: SourceLocation(node.mark))
        }
        guard let text = reader.string(of: node, path: path) else { return nil }
        if let reference = SecretReference(parsing: text.value, relativeTo: directory) {
            return Located(.secret(reference), at: text.location)
        }
        if SecretReference.looksLikeReference(text.value) {
            sink.add(
                .error(
                    "invalid-secret",
                    "'\(path)' is not a valid secret reference; write ${env:NAME} or ${file:PATH}",
                    at: text.location))
            return nil
        }
        if field.isInteger, Int(text.value) == nil {
            sink.add(
                .error(
                    "wrong-type", "'\(path)' must be an integer, not a string", at: text.location))
            return nil
        }
        return Located(.literal(text.value), at: text.location)
    }

    private func dingtalkOptions(
        _ spec: MappingReader, platform: Platform?
    ) -> (templateId: String?, robotCode: String?)? {
        guard let reader = spec.mapping("dingtalk") else { return nil }
        if let platform, platform != .dingtalk {
            sink.error(
                "unknown-key",
                "'spec.dingtalk' applies only to DingTalk integrations, not \(platform.displayName)",
                at: spec.value("dingtalk")?.mark)
        }
        reader.finish(known: ["groupTemplateId", "robotCode"])
        return (reader.string("groupTemplateId")?.value, reader.string("robotCode")?.value)
    }
}

/// The written values of `spec.warRoom`.
enum WarRoomSwitch: String, CaseIterable {
    case enabled, disabled
}
