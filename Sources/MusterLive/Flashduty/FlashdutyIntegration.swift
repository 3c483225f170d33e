/// An IM integration, as `/datasource/im/war-room-enabled/list` shows it.
package struct FlashdutyIntegration: Decodable, Sendable, Equatable {
    package var integrationId: Int
    package var name: String
    /// The IM, as `slack`, `feishu` or `dingtalk_app`.
    package var pluginType: String
    package var status: String?
    package var teamId: Int?
}
