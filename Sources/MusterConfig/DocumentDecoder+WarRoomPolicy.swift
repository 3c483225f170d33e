import MusterDiagnostics
import MusterModel
import MusterYAML

extension DocumentDecoder {
    func policy(_ spec: MappingReader, _ metadata: DocumentMetadata) -> WarRoomPolicy? {
        let name = describe(.warRoomPolicy, metadata.name)
        spec.finish(known: ["integration", "priority", "when", "room", "members", "lifecycle"])
        _ = spec.required("integration", in: name)
        let integration = spec.string("integration")
        let priority = spec.int("priority")?.value ?? 0
        let filter = self.filter(spec.mapping("when"))
        let room = spec.required("room", in: name).flatMap { _ in
            spec.mapping("room").flatMap { self.room($0, document: name) }
        }
        let members = self.members(spec.mapping("members"))
        let lifecycle = self.lifecycle(spec.mapping("lifecycle"))
        guard let integration, let filter, let room, let members, let lifecycle else { return nil }
        return WarRoomPolicy(
            metadata: metadata, integration: integration, priority: priority, filter: filter,
            room: room, members: members, lifecycle: lifecycle)
    }

    private func filter(_ reader: MappingReader?) -> WarRoomPolicy.Filter? {
        guard let reader else {
            return WarRoomPolicy.Filter(
                severities: [], channels: [], labels: [:], includesSnoozed: true)
        }
        reader.finish(known: ["severity", "channels", "labels", "snoozed"])
        let all = WarRoomPolicy.Severity.allCases
        let names = all.map(\.rawValue)
        var severities: [WarRoomPolicy.Severity] = []
        for item in reader.uniqueStringList("severity", noun: "severity") ?? [] {
            guard let severity = WarRoomPolicy.Severity(rawValue: item.value) else {
                sink.add(
                    .error(
                        "invalid-value",
                        "severity '\(item.value)' must be \(MappingReader.list(names))"
                            + Suggestion.didYouMean(item.value, in: names), at: item.location))
                continue
            }
            severities.append(severity)
        }
        let snoozed = reader.choice("snoozed", SnoozedChoice.self, among: SnoozedChoice.allCases)
        return WarRoomPolicy.Filter(
            severities: severities,
            channels: reader.uniqueStringList("channels", noun: "channel") ?? [],
            labels: reader.stringMap("labels") ?? [:], includesSnoozed: snoozed != .exclude)
    }

    private func room(_ reader: MappingReader, document: String) -> WarRoomPolicy.Room? {
        reader.finish(known: ["name", "topic", "private", "announcement"])
        _ = reader.required("name", in: document)
        let name = template(reader, "name")
        let topic = template(reader, "topic")
        let announcement = template(reader, "announcement")
        let isPrivate = reader.bool("private") ?? true
        guard let name else { return nil }
        guard
            let topicTemplate = topic?.value ?? (try? templates.compile(WarRoomPolicy.defaultTopic))
        else { return nil }
        return WarRoomPolicy.Room(
            name: name, topic: topicTemplate, isPrivate: isPrivate,
            announcement: announcement?.value)
    }

    /// A template field, compiled; a compile error points at the character that caused it.
    private func template(_ reader: MappingReader, _ key: String) -> Located<Template>? {
        guard let node = reader.value(key), let text = reader.string(key) else { return nil }
        do {
            return Located(try templates.compile(text.value), at: text.location)
        } catch {
            sink.add(
                .error(
                    "invalid-template", "'\(reader.fieldPath(key))': \(error.message)",
                    at: Self.location(of: error.offset, in: node, text: text.value)))
            return nil
        }
    }

    /// Where a character of a scalar's text is, when the scalar sits on one line.
    static func location(of offset: Int, in node: YAMLNode, text: String) -> SourceLocation {
        let start = SourceLocation(node.mark)
        guard let scalar = node.scalar, !text.contains("\n") else { return start }
        let quote = scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 1 : 0
        guard scalar.style != .literal, scalar.style != .folded else { return start }
        return SourceLocation(
            file: start.file, line: start.line, column: start.column + quote + offset)
    }

    private func members(_ reader: MappingReader?) -> WarRoomPolicy.Members? {
        guard let reader else {
            return WarRoomPolicy.Members(responders: true, observers: false, teams: [], extra: [])
        }
        reader.finish(known: ["responders", "observers", "teams", "extra"])
        return WarRoomPolicy.Members(
            responders: reader.bool("responders") ?? true,
            observers: reader.bool("observers") ?? false,
            teams: reader.uniqueStringList("teams", noun: "team") ?? [],
            extra: memberList(reader, "extra") ?? [])
    }

    private func lifecycle(_ reader: MappingReader?) -> WarRoomPolicy.Lifecycle? {
        guard let reader else {
            return WarRoomPolicy.Lifecycle(
                createsAutomatically: true, invitesNewResponders: true,
                removesDepartedMembers: false, dissolveAfter: nil, recreatesWhenDissolved: false,
                restoresWhenRenamed: true)
        }
        reader.finish(known: [
            "create", "inviteNewResponders", "removeDepartedMembers", "dissolve", "onDissolved",
            "onRenamed",
        ])
        let create = reader.choice("create", CreateChoice.self, among: CreateChoice.allCases)
        let onDissolved = reader.choice(
            "onDissolved", DissolvedChoice.self, among: DissolvedChoice.allCases)
        let onRenamed = reader.choice(
            "onRenamed", RenamedChoice.self, among: RenamedChoice.allCases)
        return WarRoomPolicy.Lifecycle(
            createsAutomatically: create != .manual,
            invitesNewResponders: reader.bool("inviteNewResponders") ?? true,
            removesDepartedMembers: reader.bool("removeDepartedMembers") ?? false,
            dissolveAfter: dissolve(reader.mapping("dissolve")),
            recreatesWhenDissolved: onDissolved == .recreate,
            restoresWhenRenamed: onRenamed != .ignore)
    }

    private func dissolve(_ reader: MappingReader?) -> Duration? {
        guard let reader else { return nil }
        reader.finish(known: ["after"])
        guard reader.required("after", in: "'lifecycle.dissolve'") != nil,
            let text = reader.string("after")
        else { return nil }
        guard let duration = Duration(parsing: text.value) else {
            sink.add(
                .error(
                    "invalid-duration",
                    "'\(reader.fieldPath("after"))' must be a duration such as 90s, 30m, 24h or "
                        + "1h30m, not '\(text.value)'", at: text.location))
            return nil
        }
        return duration
    }
}

/// The written values of `when.snoozed`.
enum SnoozedChoice: String, CaseIterable { case include, exclude }
/// The written values of `lifecycle.create`.
enum CreateChoice: String, CaseIterable { case auto, manual }
/// The written values of `lifecycle.onDissolved`.
enum DissolvedChoice: String, CaseIterable { case recreate, report }
/// The written values of `lifecycle.onRenamed`.
enum RenamedChoice: String, CaseIterable { case restore, ignore }
