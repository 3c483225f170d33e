import MusterDiagnostics

/// An IM app connected to the service, and how Muster reaches it.
package struct Integration: Sendable {
    package let metadata: DocumentMetadata
    package let platform: Platform
    /// The service's id for the integration.
    package let integrationId: Int64
    /// The IM platform's API base URL, when not the platform's own.
    package let endpoint: String?
    /// Credential fields by name, such as `botToken`.
    package let credentials: [String: Located<CredentialValue>]
    package let isWarRoomEnabled: Bool
    /// DingTalk's scene-group template, needed to create war rooms there.
    package let groupTemplateId: String?
    /// DingTalk's robot, which posts into war rooms.
    package let robotCode: String?

    package init(
        metadata: DocumentMetadata, platform: Platform, integrationId: Int64, endpoint: String?,
        credentials: [String: Located<CredentialValue>], isWarRoomEnabled: Bool,
        groupTemplateId: String?, robotCode: String?
    ) {
        self.metadata = metadata
        self.platform = platform
        self.integrationId = integrationId
        self.endpoint = endpoint
        self.credentials = credentials
        self.isWarRoomEnabled = isWarRoomEnabled
        self.groupTemplateId = groupTemplateId
        self.robotCode = robotCode
    }

    package var name: String { metadata.name }
}

/// The credential fields each platform's app has, and which of them are secrets.
package enum CredentialFields {
    /// A credential field and whether it holds a secret.
    package struct Field: Sendable {
        package let name: String
        package let isSecret: Bool
        package let isInteger: Bool
    }

    /// The fields of a platform, all required.
    package static func of(_ platform: Platform) -> [Field] {
        switch platform {
        case .slack:
            return [Field(name: "botToken", isSecret: true, isInteger: false)]
        case .feishu, .lark:
            return [
                Field(name: "appId", isSecret: false, isInteger: false),
                Field(name: "appSecret", isSecret: true, isInteger: false),
            ]
        case .dingtalk:
            return [
                Field(name: "appKey", isSecret: false, isInteger: false),
                Field(name: "appSecret", isSecret: true, isInteger: false),
            ]
        case .wecom:
            return [
                Field(name: "corpId", isSecret: false, isInteger: false),
                Field(name: "agentId", isSecret: false, isInteger: true),
                Field(name: "corpSecret", isSecret: true, isInteger: false),
            ]
        }
    }
}
