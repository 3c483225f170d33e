extension SlackSeed {
    /// Every bot scope the war-room features use.
    package static let warRoomScopes = [
        "channels:manage", "channels:read", "channels:join", "groups:write", "groups:read",
        "chat:write", "users:read", "users:read.email",
    ]

    /// A workspace with one app, three tokens and 250 users, enough to page past 200.
    ///
    /// The tokens are `xoxb-sandbox-demo` (every war-room scope), `xoxb-sandbox-limited`
    /// (`channels:read` and `users:read` only) and `xoxb-sandbox-revoked` (revoked). User
    /// `U00000001`'s email is `user1@example.com`, and every tenth user is deactivated.
    package static var demo: SlackSeed {
        let app = App(
            id: "A0SANDBOX", name: "muster", botUserId: "U0SANDBOXBOT", botId: "B0SANDBOX",
            tokens: [
                Token(token: "xoxb-sandbox-demo", scopes: warRoomScopes),
                Token(token: "xoxb-sandbox-limited", scopes: ["channels:read", "users:read"]),
                Token(token: "xoxb-sandbox-revoked", scopes: warRoomScopes, isRevoked: true),
            ])
        return SlackSeed(apps: [app], users: (1...250).map(demoUser))
    }

    private static func demoUser(_ number: Int) -> User {
        User(
            id: "U" + String(number).leftPadded(to: 8),
            name: "user\(number)",
            realName: "User \(number)",
            email: "user\(number)@example.com",
            phone: "+1555" + String(number).leftPadded(to: 7),
            isDeleted: number % 10 == 0 ? true : nil)
    }
}
