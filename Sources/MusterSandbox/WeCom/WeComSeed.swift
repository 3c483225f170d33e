/// The WeCom part of a ``SandboxSeed``: one corporation, its self-built apps with their
/// secrets and visibility, its departments and its users.
///
/// Department 1 is the root. An app sees a user when the user is in `visibleUsers` or in a
/// visible department or below one; appchat calls need the root among `visibleDepartments`.
package struct WeComSeed: Codable, Sendable, Equatable {
    /// A self-built app and what it may see.
    package struct App: Codable, Sendable, Equatable {
        package var agentId: Int
        package var name: String
        package var secret: String
        package var visibleDepartments: [Int]
        package var visibleUsers: [String]?
        /// APIs the app is not authorised for (paths after `/cgi-bin/`, such as
        /// `user/getuserid`); they answer 48002.
        package var forbiddenApis: [String]?

        package init(
            agentId: Int, name: String, secret: String, visibleDepartments: [Int],
            visibleUsers: [String]? = nil, forbiddenApis: [String]? = nil
        ) {
            self.agentId = agentId
            self.name = name
            self.secret = secret
            self.visibleDepartments = visibleDepartments
            self.visibleUsers = visibleUsers
            self.forbiddenApis = forbiddenApis
        }
    }

    /// A department; the root has no parent.
    package struct Department: Codable, Sendable, Equatable {
        package var id: Int
        package var name: String
        package var parentId: Int?

        package init(id: Int, name: String, parentId: Int? = nil) {
            self.id = id
            self.name = name
            self.parentId = parentId
        }
    }

    /// A member of the corporation.
    package struct User: Codable, Sendable, Equatable {
        package var userId: String
        package var name: String
        package var mobile: String?
        /// The personal email (`email_type` 2).
        package var email: String?
        /// The corporate mailbox (`email_type` 1, the default).
        package var bizMail: String?
        package var departments: [Int]
        /// Whether the member is active; inactive members are found by no lookup.
        package var isActive: Bool?
        /// Whether an admin disabled the member: lookups still find them, `user/get` answers
        /// `status` 2, and no chat takes them. Default: false.
        package var isDisabled: Bool?

        package init(
            userId: String, name: String, mobile: String? = nil, email: String? = nil,
            bizMail: String? = nil, departments: [Int], isActive: Bool? = nil,
            isDisabled: Bool? = nil
        ) {
            self.userId = userId
            self.name = name
            self.mobile = mobile
            self.email = email
            self.bizMail = bizMail
            self.departments = departments
            self.isActive = isActive
            self.isDisabled = isDisabled
        }
    }

    package var corpId = "wwsandbox"
    package var apps: [App] = []
    package var departments: [Department] = []
    package var users: [User] = []
    /// Calls per minute per app and API; nil keeps 10,000, 0 turns the limit off.
    package var callsPerMinute: Int?

    package init(
        corpId: String = "wwsandbox", apps: [App] = [], departments: [Department] = [],
        users: [User] = [], callsPerMinute: Int? = nil
    ) {
        self.corpId = corpId
        self.apps = apps
        self.departments = departments
        self.users = users
        self.callsPerMinute = callsPerMinute
    }
}
