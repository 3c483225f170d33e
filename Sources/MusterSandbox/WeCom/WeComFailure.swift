/// A WeCom error: `{"errcode":…,"errmsg":…}` on HTTP 200, as the W-err list names them.
struct WeComFailure: Error, Equatable {
    var errcode: Int
    var errmsg: String

    init(_ errcode: Int, _ errmsg: String) {
        self.errcode = errcode
        self.errmsg = errmsg
    }

    static let busy = WeComFailure(-1, "system busy")
    static let invalidSecret = WeComFailure(40001, "invalid credential")
    static let invalidCorpId = WeComFailure(40013, "invalid corpid")
    static let invalidToken = WeComFailure(40014, "invalid access_token")
    static let missingToken = WeComFailure(41001, "access_token missing")
    static let missingCorpId = WeComFailure(41002, "corpid missing")
    static let missingSecret = WeComFailure(41004, "corpsecret missing")
    static let expiredToken = WeComFailure(42001, "access_token expired")
    static let invalidMessageType = WeComFailure(40008, "invalid message type")
    static let emptyContent = WeComFailure(44004, "empty content")
    static let rateLimited = WeComFailure(45009, "api freq out of limit")
    static let userNotFound = WeComFailure(46004, "user no exist")
    static let badJSON = WeComFailure(47001, "data format error")
    /// The app's visibility is not the root department, which appchat needs, or the app is
    /// not authorised for the API.
    static let apiForbidden = WeComFailure(48002, "api forbidden")
    static let outsideVisibility = WeComFailure(
        60011, "no privilege to access/modify contact/party/agent")
    static let invalidMobile = WeComFailure(60103, "mobile invalid")
    static let userIdNotFound = WeComFailure(60111, "userid not found")
    static let invalidChatId = WeComFailure(86001, "invalid chatid")
    static let chatNotFound = WeComFailure(86003, "chatid not exist")
    static let invalidName = WeComFailure(86004, "invalid chat name")
    static let invalidOwner = WeComFailure(86005, "invalid chat owner")
    static let memberCount = WeComFailure(86006, "chat member count out of range")
    static let invalidMember = WeComFailure(86007, "invalid chat member")
    static let notThisApp = WeComFailure(86008, "chat not created by this app")
    static let missingChatId = WeComFailure(86201, "missing chatid")
    static let missingMembers = WeComFailure(86204, "missing chat members")
    static let chatIdTooLong = WeComFailure(86205, "chatid too long")
    static let ownerNotMember = WeComFailure(86207, "owner not in chat members")
    static let chatIdTaken = WeComFailure(86215, "chatid already exists")
    static let invalidMemberChange = WeComFailure(
        86216, "invalid member in add_user_list or del_user_list")

    /// The response body.
    var body: JSONValue {
        ["errcode": .integer(errcode), "errmsg": .string(errmsg)]
    }
}
