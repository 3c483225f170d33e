import Foundation
import MusterHTTP

/// A WeCom self-built app's group chats (appchat) and directory lookups.
///
/// The adapter takes its token from `gettoken`, caches it until shortly before it expires,
/// sends it as the `access_token` query, and on 40014, 42001 or 40001 gets a fresh one and
/// sends the call once more. Each API has its own rate bucket (10,000 calls a minute); a call
/// still refused for frequency after every attempt is a `.rateLimited` refusal (45009).
///
/// War rooms are app chats with a chatid Muster chooses, so a create can be retried: WeCom
/// answers 86215 for a chatid already taken, and the adapter then reads that chat. Only the
/// creating app can see or change a chat, and the app's visibility must be the root
/// department (48002 otherwise).
///
/// WeCom has **no API to dissolve a chat** (nor to list an app's chats or leave one): a closed
/// war room can only be renamed, emptied of its other members and left behind, so Muster must
/// keep the chatids it created.
package actor WeComAdapter {
    private let options: WeComOptions
    private let transport: PlatformTransport
    private let now: @Sendable () -> Double
    private let tokens: AccessTokenCache

    package init(
        options: WeComOptions, client: HTTPClient, limiter: RateLimiter, log: RequestLog,
        retry: RetryPolicy = RetryPolicy(),
        sleep: @escaping @Sendable (Double) async throws -> Void = RateLimiter.taskSleep,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) {
        self.options = options
        self.transport = PlatformTransport(
            client: client, limiter: limiter, log: log, retry: retry,
            classify: WeComReply.verdict, sleep: sleep)
        self.now = now
        self.tokens = AccessTokenCache(now: now)
    }

    // MARK: App chats

    /// Creates a chat with the client's chatid, or returns the chat that chatid already names.
    ///
    /// - Parameters:
    ///   - members: 2 to 2000 userids, the owner among them.
    ///   - chatID: At most 32 of `[0-9a-zA-Z]`, chosen by Muster so that a retry is safe.
    /// - Returns: The chat as created, or as it is when the chatid was taken.
    package func createAppChat(
        name: String, owner: String, members: [String], chatID: String
    ) async throws -> WeComAppChat {
        let body: [String: Any] = [
            "name": name, "owner": owner, "userlist": members, "chatid": chatID,
        ]
        do {
            let reply = try await exchange(
                "appchat/create", body: body, safety: .idempotentWrite)
            let id = reply.string("chatid") ?? chatID
            return WeComAppChat(
                chatID: id, name: String(name.prefix(50)), owner: owner, members: members)
        } catch let error as PlatformError where error.kind == .alreadyExists {
            return try await appChat(id: chatID)
        }
    }

    /// The chat with this chatid, which this app must have created.
    package func appChat(id: String) async throws -> WeComAppChat {
        let method = "appchat/get"
        let reply = try await exchange(
            method, query: [("chatid", id)], body: nil, safety: .read)
        guard let info = reply.object["chat_info"] as? [String: Any] else {
            throw malformed(method, missing: "chat_info")
        }
        return WeComAppChat(
            chatID: info["chatid"] as? String ?? id, name: info["name"] as? String ?? "",
            owner: info["owner"] as? String ?? "", members: info["userlist"] as? [String] ?? [])
    }

    /// Renames a chat and adds and removes members, in one call.
    ///
    /// Removing someone who is not a member counts as done: WeCom refuses the whole call with
    /// 86216, so the adapter reads the chat and sends the change again without them.
    package func update(
        _ id: String, name: String? = nil, add: [String] = [], remove: [String] = []
    ) async throws {
        do {
            try await sendUpdate(id, name: name, add: add, remove: remove)
        } catch let error as PlatformError where error.code == "86216" && !remove.isEmpty {
            let members = Set(try await appChat(id: id).members)
            let stillIn = remove.filter(members.contains)
            guard stillIn.count < remove.count else { throw error }
            guard name != nil || !add.isEmpty || !stillIn.isEmpty else { return }
            try await sendUpdate(id, name: name, add: add, remove: stillIn)
        }
    }

    /// Posts a text message to a chat.
    package func send(text: String, to id: String) async throws {
        let body: [String: Any] = [
            "chatid": id, "msgtype": "text", "text": ["content": text], "safe": 0,
        ]
        _ = try await exchange("appchat/send", body: body, safety: .nonIdempotentWrite)
    }

    // MARK: Directory

    /// The userid of the member the app can see with this mobile, or nil when there is none.
    package func userID(mobile: String) async throws -> String? {
        try await lookUp("user/getuserid", body: ["mobile": mobile])
    }

    /// The userid of the member with this email, or nil when there is none.
    ///
    /// - Parameter isPersonal: Look the address up among personal emails (`email_type` 2)
    ///   rather than corporate mailboxes (1, the default).
    package func userID(email: String, isPersonal: Bool = false) async throws -> String? {
        try await lookUp(
            "user/get_userid_by_email", body: ["email": email, "email_type": isPersonal ? 2 : 1])
    }

    // MARK: Sending

    private func sendUpdate(
        _ id: String, name: String?, add: [String], remove: [String]
    ) async throws {
        var body: [String: Any] = ["chatid": id]
        if let name { body["name"] = name }
        if !add.isEmpty { body["add_user_list"] = add }
        if !remove.isEmpty { body["del_user_list"] = remove }
        _ = try await exchange("appchat/update", body: body, safety: .idempotentWrite)
    }

    /// A lookup that answers `userid`; 46004 and 60111 mean nobody.
    private func lookUp(_ method: String, body: [String: Any]) async throws -> String? {
        do {
            let reply = try await exchange(method, body: body, safety: .read)
            guard let userID = reply.string("userid") else {
                throw malformed(method, missing: "userid")
            }
            return userID
        } catch let error as PlatformError where ["46004", "60111"].contains(error.code) {
            return nil
        }
    }

    /// Sends a call with the app's token, and once more with a fresh one if it was refused.
    func exchange(
        _ method: String, query: [(String, String)] = [], body: [String: Any]?,
        safety: CallSafety
    ) async throws -> WeComReply {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let (first, used) = try await sendAuthorised(method, query, data, safety)
        guard let error = first.error(call: method) else { return first }
        guard error.kind == .tokenInvalid else { throw error }

        await tokens.invalidate(ifValue: used)
        let (second, _) = try await sendAuthorised(method, query, data, safety)
        if let error = second.error(call: method) { throw error }
        return second
    }

    private func sendAuthorised(
        _ method: String, _ query: [(String, String)], _ body: Data?, _ safety: CallSafety
    ) async throws -> (WeComReply, token: String) {
        let token = try await accessToken()
        let call = makeCall(
            method, query: query + [("access_token", token)], body: body,
            safety: safety)
        return (try await send(call), token)
    }

    /// Sends a call through the transport; a frequency refusal that outlasts every attempt is
    /// thrown as a `.rateLimited` refusal with WeCom's code (45009 or 45033).
    private func send(_ call: PlatformCall) async throws -> WeComReply {
        let response = try await transport.send(call, platformName: "WeCom") { answer in
            WeComReply(answer).error(call: call.method)
        }
        return WeComReply(response)
    }

    /// Checks the app's credentials by getting (or reusing) its access token.
    ///
    /// - Throws: `PlatformError` when WeCom refuses the credentials.
    package func verifyCredentials() async throws {
        _ = try await accessToken()
    }

    /// The cached token, or a new one when there is none or it is about to expire.
    private func accessToken() async throws -> String {
        try await tokens.value { try await self.requestToken() }
    }

    /// Asks `gettoken` for the app's token.
    private func requestToken() async throws -> AccessTokenCache.Token {
        let method = "gettoken"
        let query = [("corpid", options.corpID), ("corpsecret", options.corpSecret)]
        let reply = try await send(makeCall(method, query: query, body: nil, safety: .read))
        if let error = reply.error(call: method) { throw error }
        guard let value = reply.string("access_token") else {
            throw malformed(method, missing: "access_token")
        }
        let lifetime = (reply.object["expires_in"] as? NSNumber)?.doubleValue ?? 7200
        return AccessTokenCache.Token(value: value, expiresAt: now() + lifetime)
    }

    private func makeCall(
        _ method: String, query: [(String, String)], body: Data?, safety: CallSafety
    ) -> PlatformCall {
        let items = query.map { Self.escaped($0.0) + "=" + Self.escaped($0.1) }
        let url =
            options.baseURL + method + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
        let headers: [(name: String, value: String)] =
            body == nil ? [] : [("Content-Type", "application/json")]
        return PlatformCall(
            platform: "wecom", method: method,
            bucket: BucketKey(
                platform: "wecom", tenant: "\(options.corpID)/\(options.agentID)", family: method),
            safety: safety,
            request: HTTPClientRequest(
                method: body == nil ? "GET" : "POST", url: url, headers: headers, body: body))
    }

    func malformed(_ method: String, missing field: String) -> PlatformError {
        PlatformError(
            .other, platform: "WeCom", call: method, code: "malformed",
            message: "the answer has no \(field)")
    }

    private static func escaped(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
