/// Each platform's part of a `BindingScenario`: the Flashduty members, the IM users and the
/// two apps.
extension BindingScenario {
    typealias Overrides = (erin: String, frank: String)

    var members: [[String: Any]] {
        switch self {
        case .slack: return Self.slackMembers
        case .feishu, .lark: return Self.feishuMembers
        case .dingtalk: return Self.dingTalkMembers
        case .wecom: return Self.weComMembers
        }
    }

    var platformSection: [String: Any] {
        switch self {
        case .slack: return Self.slackSection
        case .feishu, .lark: return Self.feishuSection
        case .dingtalk: return Self.dingTalkSection
        case .wecom: return Self.weComSection
        }
    }

    /// The override of Erin (an account that exists) and of Frank (one that does not).
    var overrides: Overrides {
        switch self {
        case .slack: return ("U7", "UNOPE")
        case .feishu, .lark: return ("ou_erin", "ou_nope")
        case .dingtalk: return ("dt_erin", "dt_nope")
        case .wecom: return ("wc_erin", "wc_nope")
        }
    }

    /// The Flashduty integration's `appId` for each app.
    var prodApp: String { apps.prod }
    var limitedApp: String { apps.limited }

    private var apps: (prod: String, limited: String) {
        switch self {
        case .slack: return ("A1", "A1")
        case .feishu, .lark: return ("cli_prod", "cli_limited")
        case .dingtalk: return ("dingprod", "dinglimited")
        case .wecom: return ("1000002", "1000004")
        }
    }

    var prodSecret: String { self == .slack ? "xoxb-prod" : "prod-secret" }
    var limitedSecret: String { self == .slack ? "xoxb-limited" : "limited-secret" }

    var prodCredentials: String { credentials(app: prodApp, secret: "PROD_SECRET") }
    var limitedCredentials: String { credentials(app: limitedApp, secret: "LIMITED_SECRET") }

    private func credentials(app: String, secret: String) -> String {
        let reference = "\"${env:\(secret)}\""
        switch self {
        case .slack: return "{botToken: \(reference)}"
        case .feishu, .lark: return "{appId: \(app), appSecret: \(reference)}"
        case .dingtalk: return "{appKey: \(app), appSecret: \(reference)}"
        case .wecom: return "{corpId: wwbindings, agentId: \(app), corpSecret: \(reference)}"
        }
    }

    // MARK: - Slack: email only; two users may share an email only in a seed.

    private static var slackMembers: [[String: Any]] {
        [
            member(1, "Alice", "alice@example.com"),
            member(2, "Bob", "bob@example.com"),
            member(3, "Carol", "carol@example.com"),
            member(5, "Dup", "dup@example.com", isEmailVerified: false),
            member(7, "Erin", "erin@example.com"),
            member(8, "Frank", "frank@example.com"),
            member(9, "Hank", "hank@example.com"),
            member(10, "Gina", "gina@example.com", isEmailVerified: false),
            member(11, "Ivy", nil, phone: ("+1", "5550000011")),
        ]
    }

    private static var slackSection: [String: Any] {
        let users: [[String: Any]] = [
            slackUser("U1", "alice", "alice@example.com"),
            slackUser("U3", "carol", "carol@example.com", isDeleted: true),
            slackUser("U4", "dup-one", "dup@example.com"),
            slackUser("U5", "dup-two", "DUP@example.com"),
            slackUser("U7", "erin", "erin.slack@example.com"),
            slackUser("U9", "hank", "hank@example.com"),
            slackUser("U10", "gina", "gina@example.com"),
            // For a member that a test adds.
            slackUser("U13", "pat", "pat@example.com"),
        ]
        let tokens: [[String: Any]] = [
            ["token": "xoxb-prod", "scopes": ["users:read", "users:read.email"]],
            ["token": "xoxb-limited", "scopes": ["users:read"]],
        ]
        let app: [String: Any] = [
            "id": "A1", "name": "muster", "botUserId": "UBOT", "botId": "B1", "tokens": tokens,
        ]
        return ["apps": [app], "users": users, "rateLimits": ["isEnabled": false]]
    }

    private static func slackUser(
        _ id: String, _ name: String, _ email: String, isDeleted: Bool = false
    ) -> [String: Any] {
        [
            "id": id, "name": name, "realName": name.capitalized, "email": email,
            "isDeleted": isDeleted,
        ]
    }

    // MARK: - Feishu and Lark: email, then phone; someone outside the app looks not found.

    private static var feishuMembers: [[String: Any]] {
        [
            member(1, "Alice", "alice@example.com", phone: ("+86", "13800000001")),
            member(2, "Bob", "bob@example.com", phone: ("+44", "07700 900002")),
            member(3, "Carol", "carol@example.com"),
            member(4, "Dave", "dave@example.com"),
            member(5, "Dup", "dup@example.com", isEmailVerified: false),
            member(6, "Hidden", "hidden@example.com"),
            member(7, "Erin", "erin@example.com"),
            member(8, "Frank", "frank@example.com"),
            member(9, "Hank", "hank@example.com"),
            member(10, "Gina", "gina@example.com", isEmailVerified: false),
            member(11, "Ivy", nil),
            member(12, "Nobody", "nobody@example.com", phone: ("+86", "139 0000 0012")),
        ]
    }

    private static var feishuSection: [String: Any] {
        let users: [[String: Any]] = [
            feishuUser("ou_alice", "Alice", "alice@example.com", mobile: "+8613800000001"),
            feishuUser("ou_bob", "Bob", nil, mobile: "+447700900002"),
            feishuUser("ou_carol", "Carol", "carol@example.com", ["isResigned": true]),
            feishuUser("ou_dave", "Dave", "dave@example.com", ["isFrozen": true]),
            feishuUser("ou_dup1", "Dup One", "dup@example.com"),
            feishuUser("ou_dup2", "Dup Two", "dup@example.com"),
            feishuUser("ou_hidden", "Hidden", "hidden@example.com"),
            feishuUser("ou_erin", "Erin", "erin.feishu@example.com"),
            feishuUser("ou_hank", "Hank", "hank@example.com"),
            feishuUser("ou_gina", "Gina", "gina@example.com"),
            // For a member that a test adds.
            feishuUser("ou_mei", "Mei", "mei@example.com", mobile: "+8613800000013"),
        ]
        let visible = users.compactMap { $0["openId"] as? String }.filter { $0 != "ou_hidden" }
        let apps: [[String: Any]] = [
            [
                "appId": "cli_prod", "appSecret": "prod-secret", "name": "muster",
                "scopes": ["contact:user.id:readonly", "contact:contact.base:readonly"],
                "visibleOpenIds": visible,
            ],
            [
                "appId": "cli_limited", "appSecret": "limited-secret", "name": "chats only",
                "scopes": ["im:chat"],
            ],
        ]
        return ["apps": apps, "users": users, "rateLimits": ["isEnabled": false]]
    }

    private static func feishuUser(
        _ openID: String, _ name: String, _ email: String?, mobile: String? = nil,
        _ flags: [String: Bool] = [:]
    ) -> [String: Any] {
        var user: [String: Any] = ["openId": openID, "name": name]
        if let email { user["email"] = email }
        if let mobile { user["mobile"] = mobile }
        return user.merging(flags) { first, _ in first }
    }

    // MARK: - DingTalk: phone only; no two accounts share a phone.

    private static var dingTalkMembers: [[String: Any]] {
        [
            member(1, "Alice", "alice@example.com", phone: ("+86", "13800000001")),
            member(2, "Bob", "bob@example.com", phone: ("+86", "139 0000 0002")),
            member(3, "Carol", "carol@example.com", phone: ("+86", "138 0000 0003")),
            member(
                4, "Dave", "dave@example.com", phone: ("+86", "13800000004"), isPhoneVerified: false
            ),
            member(
                6, "Hidden", "hidden@example.com", phone: ("+44", "07700 900006"),
                isPhoneVerified: false),
            member(7, "Erin", "erin@example.com"),
            member(8, "Frank", "frank@example.com"),
            member(9, "Hank", "hank@example.com", phone: ("+1", "555 000 0009")),
            member(
                10, "Gina", "gina@example.com", phone: ("+86", "13800000010"),
                isPhoneVerified: false),
            member(11, "Ivy", "ivy@example.com"),
        ]
    }

    private static var dingTalkSection: [String: Any] {
        let users: [[String: Any]] = [
            dingTalkUser("dt_alice", "Alice", "+86-13800000001"),
            dingTalkUser("dt_carol", "Carol", "+86-13800000003", ["isActive": false]),
            dingTalkUser("dt_dave", "Dave", "+86-13800000004", ["isActivated": false]),
            dingTalkUser("dt_hidden", "Hidden", "+44-7700900006"),
            dingTalkUser("dt_erin", "Erin", "+86-13800000007"),
            dingTalkUser("dt_hank", "Hank", "+1-5550000009"),
            dingTalkUser("dt_gina", "Gina", "+86-13800000010"),
            // For phone-only members that tests add.
            dingTalkUser("dt_mei", "Mei", "+86-13800000013"),
            dingTalkUser("dt_lei", "Lei", "+86-13800000014"),
        ]
        let inRange = users.compactMap { $0["userId"] as? String }.filter { $0 != "dt_hidden" }
        let apps: [[String: Any]] = [
            [
                "appKey": "dingprod", "appSecret": "prod-secret", "name": "muster",
                "permissions": ["qyapi_get_member_by_mobile", "qyapi_get_member"],
                "visibleUserIds": inRange,
            ],
            [
                "appKey": "dinglimited", "appSecret": "limited-secret", "name": "chats only",
                "permissions": ["qyapi_chat_manage"],
            ],
        ]
        return ["apps": apps, "users": users, "templates": [], "queriesPerSecond": 0]
    }

    private static func dingTalkUser(
        _ id: String, _ name: String, _ mobile: String, _ flags: [String: Bool] = [:]
    ) -> [String: Any] {
        let user: [String: Any] = [
            "userId": id, "unionId": "un_" + id, "name": name, "mobile": mobile,
        ]
        return user.merging(flags) { first, _ in first }
    }

    // MARK: - WeCom: corporate mailbox, personal email, then phone; one userid a lookup.

    private static var weComMembers: [[String: Any]] {
        [
            member(1, "Alice", "alice@example.com"),
            member(2, "Bob", "bob@example.com"),
            member(3, "Carol", "carol@example.com", phone: ("+86", "13800000003")),
            member(4, "Dave", "dave@example.com"),
            member(6, "Hidden", "hidden@example.com"),
            member(7, "Erin", "erin@example.com"),
            member(8, "Frank", "frank@example.com"),
            member(9, "Hank", "hank@example.com"),
            member(10, "Gina", "gina@example.com", isEmailVerified: false),
            member(11, "Ivy", nil),
            member(12, "Nobody", "nobody@example.com", phone: ("+86", "139 0000 0012")),
        ]
    }

    private static var weComSection: [String: Any] {
        let users: [[String: Any]] = [
            weComUser("wc_alice", ["bizMail": "alice@example.com"]),
            weComUser("wc_bob", ["email": "bob@example.com"]),
            weComUser("wc_carol", ["mobile": "13800000003"]),
            weComUser("wc_dave", ["email": "dave@example.com", "isDisabled": true]),
            weComUser("wc_hidden", ["email": "hidden@example.com"], department: 3),
            weComUser("wc_erin", [:]),
            weComUser("wc_hank", ["email": "hank@example.com", "isActive": false]),
            weComUser("wc_gina", ["email": "gina@example.com"]),
        ]
        let apps: [[String: Any]] = [
            [
                "agentId": 1_000_002, "name": "muster", "secret": "prod-secret",
                "visibleDepartments": [2],
            ],
            [
                "agentId": 1_000_004, "name": "no lookups", "secret": "limited-secret",
                "visibleDepartments": [1],
                "forbiddenApis": ["user/getuserid", "user/get_userid_by_email"],
            ],
        ]
        let departments: [[String: Any]] = [
            ["id": 1, "name": "root"], ["id": 2, "name": "sre", "parentId": 1],
            ["id": 3, "name": "sales", "parentId": 1],
        ]
        return [
            "corpId": "wwbindings", "apps": apps, "departments": departments, "users": users,
            "callsPerMinute": 0,
        ]
    }

    private static func weComUser(
        _ id: String, _ fields: [String: Any], department: Int = 2
    ) -> [String: Any] {
        fields.merging([
            "userId": id, "name": id.dropFirst(3).capitalized, "departments": [department],
        ]) { first, _ in first }
    }
}
