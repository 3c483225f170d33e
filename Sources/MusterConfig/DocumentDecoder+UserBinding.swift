import MusterDiagnostics
import MusterModel
import MusterYAML

extension DocumentDecoder {
    func binding(_ spec: MappingReader, _ metadata: DocumentMetadata) -> UserBinding? {
        let name = describe(.userBinding, metadata.name)
        spec.finish(known: ["integration", "members", "teams", "match", "overrides", "strict"])
        _ = spec.required("integration", in: name)
        let integration = spec.string("integration")
        let selection = self.selection(spec, name: name)
        let match = self.match(spec)
        let overrides = self.overrides(spec)
        let strict = spec.bool("strict") ?? false
        guard let integration, let selection, let overrides else { return nil }
        return UserBinding(
            metadata: metadata, integration: integration, selection: selection, match: match ?? [],
            matchLocation: spec.value("match").map { SourceLocation($0.mark) },
            overrides: overrides, isStrict: strict)
    }

    private func selection(_ spec: MappingReader, name: String) -> UserBinding.Selection? {
        let teams = spec.uniqueStringList("teams", noun: "team")
        guard let node = spec.value("members") else {
            guard let teams else {
                sink.error(
                    "missing-field",
                    "\(name) needs 'spec.members' (all, or a list) or 'spec.teams'",
                    at: spec.node.mark)
                return nil
            }
            return .some(members: [], teams: teams)
        }
        if let scalar = node.scalar, case .string("all") = scalar.resolved {
            if teams != nil {
                sink.error(
                    "invalid-value", "'spec.teams' is redundant with 'members: all'",
                    at: spec.value("teams")?.mark)
            }
            return .all
        }
        guard node.sequence != nil else {
            sink.error(
                "wrong-type",
                "'spec.members' must be 'all' or a list of members, not \(node.typeDescription)",
                at: node.mark)
            return nil
        }
        guard let members = memberList(spec, "members") else { return nil }
        return .some(members: members, teams: teams ?? [])
    }

    /// The lookup order; nil when absent, so the validator can pick the platform's default.
    private func match(_ spec: MappingReader) -> [UserBinding.MatchMethod]? {
        guard let list = spec.uniqueStringList("match", noun: "match method") else { return nil }
        let names = UserBinding.MatchMethod.allCases.map(\.rawValue)
        var methods: [UserBinding.MatchMethod] = []
        for item in list {
            guard let method = UserBinding.MatchMethod(rawValue: item.value) else {
                sink.add(
                    .error(
                        "invalid-value",
                        "match method '\(item.value)' must be \(MappingReader.list(names))"
                            + Suggestion.didYouMean(item.value, in: names), at: item.location))
                continue
            }
            methods.append(method)
        }
        if list.isEmpty {
            sink.error(
                "invalid-value", "'spec.match' must list at least one method",
                at: spec.value("match")?.mark)
        }
        return methods
    }

    private func overrides(_ spec: MappingReader) -> [UserBinding.Override]? {
        guard let node = spec.value("overrides") else { return [] }
        guard let items = node.sequence else {
            sink.error(
                "wrong-type", "'spec.overrides' must be a list, not \(node.typeDescription)",
                at: node.mark)
            return nil
        }
        var result: [UserBinding.Override] = []
        for (index, item) in items.enumerated() {
            let path = "spec.overrides[\(index)]"
            guard let reader = MappingReader(item, path: path, sink: sink) else { continue }
            reader.finish(known: ["member", "imUserId"])
            let member = reader.required("member", in: "override").flatMap { _ in
                reader.string("member")
            }
            let imUserId = reader.required("imUserId", in: "override").flatMap { _ in
                reader.string("imUserId")
            }
            guard let member, let imUserId else { continue }
            if !Self.isEmail(member.value) {
                sink.add(
                    .error(
                        "invalid-member", "member '\(member.value)' is not an email address",
                        at: member.location))
            }
            result.append(UserBinding.Override(member: member, imUserId: imUserId.value))
        }
        return result
    }
}
