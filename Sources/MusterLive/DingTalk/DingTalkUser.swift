/// A DingTalk person as `topapi/v2/user/get` shows them.
package struct DingTalkUser: Sendable, Equatable {
    package var userID: String
    package var name: String
    /// `active`: false until the person has activated DingTalk.
    package var isActivated: Bool

    package init(userID: String, name: String, isActivated: Bool) {
        self.userID = userID
        self.name = name
        self.isActivated = isActivated
    }
}

/// What DingTalk says about one userid.
package enum DingTalkUserRecord: Sendable, Equatable {
    case found(DingTalkUser)
    /// 50002: the person exists but is outside the app's contact range.
    case outsideRange
    /// 60121 or 33012: nobody in service has this userid.
    case missing
}
