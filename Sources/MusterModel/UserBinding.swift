import MusterDiagnostics

/// Which service members are linked to IM accounts on an integration, and how they are found.
package struct UserBinding: Sendable {
    /// How an IM account is looked up.
    package enum MatchMethod: String, Sendable, CaseIterable, Hashable {
        case email, phone

        /// Whether the platform can look up users this way.
        package func isSupported(on platform: Platform) -> Bool {
            switch (self, platform) {
            case (.phone, .slack), (.email, .dingtalk): return false
            default: return true
            }
        }
    }

    /// Which members a binding covers.
    package enum Selection: Sendable {
        case all
        case some(members: [Located<String>], teams: [Located<String>])
    }

    /// An explicit IM account for a member.
    package struct Override: Sendable {
        package let member: Located<String>
        package let imUserId: String

        package init(member: Located<String>, imUserId: String) {
            self.member = member
            self.imUserId = imUserId
        }
    }

    package let metadata: DocumentMetadata
    package let integration: Located<String>
    package let selection: Selection
    package let match: [MatchMethod]
    /// Where `match` is written; nil when the platform's default applies.
    package let matchLocation: SourceLocation?
    package let overrides: [Override]
    package let isStrict: Bool

    package init(
        metadata: DocumentMetadata, integration: Located<String>, selection: Selection,
        match: [MatchMethod], matchLocation: SourceLocation?, overrides: [Override],
        isStrict: Bool
    ) {
        self.metadata = metadata
        self.integration = integration
        self.selection = selection
        self.match = match
        self.matchLocation = matchLocation
        self.overrides = overrides
        self.isStrict = isStrict
    }

    package var name: String { metadata.name }
}
