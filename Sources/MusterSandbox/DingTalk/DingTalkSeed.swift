/// The DingTalk part of a ``SandboxSeed``: internal apps with their permission points, group
/// templates, and the organisation's users.
///
/// One organisation is emulated; every app belongs to it. A user's `mobile` keeps the country
/// code as DingTalk shows it (`+86-13800000001`); lookups compare digits, see
/// ``DingTalkWorld/user(mobile:)``.
package struct DingTalkSeed: Codable, Sendable, Equatable {
    /// An internal app: its credentials, robot and granted permission points.
    package struct App: Codable, Sendable, Equatable {
        package var appKey: String
        package var appSecret: String
        package var name: String
        /// The robot's code for `robot/groupMessages/send`; defaults to the app key.
        package var robotCode: String?
        /// Permission points such as `qyapi_chat_manage`.
        package var permissions: [String]
        /// The userids in the app's contact range (通讯录权限范围); left out, everyone.
        /// `topapi/v2/user/get` answers 50002 for anyone else.
        package var visibleUserIds: [String]?

        package init(
            appKey: String, appSecret: String, name: String, robotCode: String? = nil,
            permissions: [String], visibleUserIds: [String]? = nil
        ) {
            self.appKey = appKey
            self.appSecret = appSecret
            self.name = name
            self.robotCode = robotCode
            self.permissions = permissions
            self.visibleUserIds = visibleUserIds
        }
    }

    /// A person in the organisation.
    package struct User: Codable, Sendable, Equatable {
        package var userId: String
        package var unionId: String
        package var name: String
        package var mobile: String?
        package var email: String?
        /// Whether the person is in service; inactive people are found by no lookup.
        package var isActive: Bool?
        /// Whether the person has activated DingTalk (`active` in `topapi/v2/user/get`); one
        /// who has not is still in service and found by lookups. Default: true.
        package var isActivated: Bool?

        package init(
            userId: String, unionId: String, name: String, mobile: String? = nil,
            email: String? = nil, isActive: Bool? = nil, isActivated: Bool? = nil
        ) {
            self.userId = userId
            self.unionId = unionId
            self.name = name
            self.mobile = mobile
            self.email = email
            self.isActive = isActive
            self.isActivated = isActivated
        }
    }

    /// A scene-group template from the developer console.
    package struct Template: Codable, Sendable, Equatable {
        package var id: String
        package var name: String

        package init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    package var apps: [App] = []
    package var users: [User] = []
    package var templates: [Template] = []
    /// Calls per second per app and API; nil keeps DingTalk's 20, 0 turns the limit off.
    package var queriesPerSecond: Int?

    package init(
        apps: [App] = [], users: [User] = [], templates: [Template] = [],
        queriesPerSecond: Int? = nil
    ) {
        self.apps = apps
        self.users = users
        self.templates = templates
        self.queriesPerSecond = queriesPerSecond
    }
}
