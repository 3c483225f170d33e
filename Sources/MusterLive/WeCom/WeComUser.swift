/// A WeCom member as `user/get` shows them.
package struct WeComUser: Sendable, Equatable {
    /// `status`: 1 active, 2 disabled by an admin, 4 not yet activated, 5 left the corporation.
    package enum Status: Int, Sendable, Equatable {
        case active = 1
        case disabled = 2
        case inactive = 4
        case exited = 5
    }

    package var userID: String
    package var name: String
    package var status: Status

    package init(userID: String, name: String, status: Status) {
        self.userID = userID
        self.name = name
        self.status = status
    }
}

/// What WeCom says about one userid.
package enum WeComUserRecord: Sendable, Equatable {
    case found(WeComUser)
    /// 60011: the member exists but is outside the app's visibility.
    case outsideVisibility
    /// 60111 or 46004: no member has this userid.
    case missing
}
