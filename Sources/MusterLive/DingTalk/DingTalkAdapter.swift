import Foundation
import MusterHTTP

/// A DingTalk internal app's scene groups, robot and directory, over both API generations.
///
/// War rooms are scene groups (场景群) made from a group template. The adapter takes its token
/// from `POST /v1.0/oauth2/accessToken`, caches it until shortly before it expires, and sends
/// it as the `x-acs-dingtalk-access-token` header on v1.0 and the `access_token` query on the
/// oapi. A call refused with `InvalidAuthentication`, 40014 or 42001 gets a fresh token and is
/// sent once more. Each API has its own rate bucket (20 calls a second per app); a QPS refusal
/// that outlasts every attempt is a `.rateLimited` refusal with DingTalk's code (90018, or
/// `Forbidden.AccessDenied.QpsLimitForAppkeyAndApi` on v1.0).
///
/// DingTalk has no batch user lookup and no lookup by email, so users are found one mobile at
/// a time.
package actor DingTalkAdapter {
    /// The two API generations, which differ in base URL, token placement and envelope.
    enum Generation { case v1, oapi }

    private let options: DingTalkOptions
    private let transport: PlatformTransport
    private let now: @Sendable () -> Double
    private let tokens: AccessTokenCache

    package init(
        options: DingTalkOptions, client: HTTPClient, limiter: RateLimiter, log: RequestLog,
        retry: RetryPolicy = RetryPolicy(),
        sleep: @escaping @Sendable (Double) async throws -> Void = RateLimiter.taskSleep,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) {
        self.options = options
        self.transport = PlatformTransport(
            client: client, limiter: limiter, log: log, retry: retry,
            classify: DingTalkReply.verdict, sleep: sleep)
        self.now = now
        self.tokens = AccessTokenCache(now: now)
    }

    // MARK: Scene groups

    /// Creates a scene group from a template, or returns the one this `uuid` already made.
    ///
    /// - Parameters:
    ///   - owner: The owner's userid; DingTalk adds the owner as a member.
    ///   - uuid: The client's key for this group, which makes a retry safe.
    /// - Returns: The new group's ids.
    package func createSceneGroup(
        title: String, templateId: String, owner: String, members: [String], uuid: String
    ) async throws -> DingTalkSceneGroup.IDs {
        let body: [String: Any] = [
            "title": title, "template_id": templateId, "owner_user_id": owner,
            "user_ids": members, "uuid": uuid,
        ]
        let reply = try await exchange(
            "v1.0/im/sceneGroup/create", .v1, body: body, safety: .idempotentWrite)
        guard let id = reply.string("open_conversation_id") else {
            throw malformed("v1.0/im/sceneGroup/create", missing: "open_conversation_id")
        }
        return DingTalkSceneGroup.IDs(openConversationID: id, chatID: reply.string("chat_id") ?? "")
    }

    /// The group with this open conversation id, disbanded or not.
    package func sceneGroup(id: String) async throws -> DingTalkSceneGroup {
        let method = "v1.0/im/sceneGroups/query"
        let reply = try await exchange(
            method, .v1, body: ["openConversationId": id], safety: .read)
        guard let title = reply.string("title"), let owner = reply.string("ownerUserId") else {
            throw malformed(method, missing: "title")
        }
        return DingTalkSceneGroup(
            openConversationID: reply.string("openConversationId") ?? id, title: title,
            ownerUserID: owner, templateID: reply.string("templateId") ?? "",
            isDisbanded: reply.integer("status") == 2)
    }

    /// Every member's userid, reading as many pages as the group needs.
    package func members(of id: String) async throws -> [String] {
        var members: [String] = []
        var cursor: String?
        repeat {
            var body: [String: Any] = ["openConversationId": id, "size": options.memberPageSize]
            if let cursor { body["cursor"] = cursor }
            let reply = try await exchange(
                "v1.0/im/sceneGroups/members/query", .v1, body: body, safety: .read)
            members += reply.object["memberUserIds"] as? [String] ?? []
            let hasMore = reply.object["hasMore"] as? Bool ?? false
            cursor = hasMore ? reply.string("nextCursor") : nil
        } while cursor != nil
        return members
    }

    /// Adds members; those already in the group stay as they are.
    package func addMembers(_ userIDs: [String], to id: String) async throws {
        _ = try await exchange(
            "v1.0/im/sceneGroup/member/add", .v1,
            body: ["open_conversation_id": id, "user_ids": userIDs], safety: .idempotentWrite)
    }

    /// Removes members; the owner cannot be removed.
    package func removeMembers(_ userIDs: [String], from id: String) async throws {
        _ = try await exchange(
            "v1.0/im/sceneGroup/member/delete", .v1,
            body: ["open_conversation_id": id, "user_ids": userIDs], safety: .idempotentWrite)
    }

    /// Renames a group.
    package func updateSceneGroup(_ id: String, title: String) async throws {
        _ = try await exchange(
            "v1.0/im/sceneGroup/update", .v1,
            body: ["open_conversation_id": id, "title": title], safety: .idempotentWrite)
    }

    /// Disbands a group; it then answers `sceneGroup(id:)` with `isDisbanded` set.
    package func disband(_ id: String) async throws {
        _ = try await exchange(
            "v1.0/im/chat/scenegroup/disband", .v1, body: ["openConversationId": id],
            safety: .idempotentWrite)
    }

    /// Posts a text message as the app's robot.
    ///
    /// - Returns: DingTalk's `processQueryKey` for the message.
    package func send(text: String, to id: String, robotCode: String) async throws -> String {
        let content = try JSONSerialization.data(withJSONObject: ["content": text])
        let body: [String: Any] = [
            "robotCode": robotCode, "openConversationId": id, "msgKey": "sampleText",
            "msgParam": String(decoding: content, as: UTF8.self),
        ]
        let reply = try await exchange(
            "v1.0/robot/groupMessages/send", .v1, body: body, safety: .nonIdempotentWrite)
        return reply.string("processQueryKey") ?? ""
    }

    // MARK: Directory

    /// The userid of the in-service employee with this mobile, or nil when there is none.
    package func userID(mobile: String) async throws -> String? {
        let method = "topapi/v2/user/getbymobile"
        do {
            let reply = try await exchange(method, .oapi, body: ["mobile": mobile], safety: .read)
            let result = reply.object["result"] as? [String: Any]
            guard let userID = result?["userid"] as? String else {
                throw malformed(method, missing: "result.userid")
            }
            return userID
        } catch let error as PlatformError where error.code == "60121" {
            return nil
        }
    }

    // MARK: Sending

    /// Sends a call with the app's token, and once more with a fresh one if it was refused.
    func exchange(
        _ method: String, _ generation: Generation, body: [String: Any], safety: CallSafety
    ) async throws -> DingTalkReply {
        let data = try JSONSerialization.data(withJSONObject: body)
        let (first, used) = try await sendAuthorised(method, generation, data, safety)
        guard let error = first.error(call: method) else { return first }
        guard error.kind == .tokenInvalid else { throw error }

        await tokens.invalidate(ifValue: used)
        let (second, _) = try await sendAuthorised(method, generation, data, safety)
        if let error = second.error(call: method) { throw error }
        return second
    }

    private func sendAuthorised(
        _ method: String, _ generation: Generation, _ body: Data, _ safety: CallSafety
    ) async throws -> (DingTalkReply, token: String) {
        let token = try await accessToken()
        let reply = try await send(
            makeCall(method, generation, body: body, safety: safety, token: token))
        return (reply, token)
    }

    /// Sends a call through the transport; a QPS refusal that outlasts every attempt is thrown
    /// as a `.rateLimited` refusal with DingTalk's code.
    private func send(_ call: PlatformCall) async throws -> DingTalkReply {
        let response = try await transport.send(call, platformName: "DingTalk") { answer in
            DingTalkReply(answer).error(call: call.method)
        }
        return DingTalkReply(response)
    }

    /// Checks the app's credentials by getting (or reusing) its access token.
    ///
    /// - Throws: `PlatformError` when DingTalk refuses the credentials.
    package func verifyCredentials() async throws {
        _ = try await accessToken()
    }

    /// The cached token, or a new one when there is none or it is about to expire.
    private func accessToken() async throws -> String {
        try await tokens.value { try await self.requestToken() }
    }

    /// Asks `oauth2/accessToken` for the app's token.
    private func requestToken() async throws -> AccessTokenCache.Token {
        let method = "v1.0/oauth2/accessToken"
        let body = try JSONSerialization.data(withJSONObject: [
            "appKey": options.appKey, "appSecret": options.appSecret,
        ])
        let reply = try await send(makeCall(method, .v1, body: body, safety: .read, token: nil))
        if let error = reply.error(call: method) { throw error }
        guard let value = reply.string("accessToken") else {
            throw malformed(method, missing: "accessToken")
        }
        let lifetime = Double(reply.integer("expireIn") ?? 7200)
        return AccessTokenCache.Token(value: value, expiresAt: now() + lifetime)
    }

    private func makeCall(
        _ method: String, _ generation: Generation, body: Data, safety: CallSafety,
        token: String?
    ) -> PlatformCall {
        let base = generation == .v1 ? options.apiBaseURL : options.oapiBaseURL
        var url = Self.trimmed(base) + "/" + method
        var headers: [(name: String, value: String)] = [("Content-Type", "application/json")]
        if let token {
            switch generation {
            case .v1: headers.append(("x-acs-dingtalk-access-token", token))
            case .oapi: url += "?access_token=" + Self.queryEscaped(token)
            }
        }
        return PlatformCall(
            platform: "dingtalk", method: method,
            bucket: BucketKey(platform: "dingtalk", tenant: options.appKey, family: method),
            safety: safety,
            request: HTTPClientRequest(method: "POST", url: url, headers: headers, body: body))
    }

    func malformed(_ method: String, missing field: String) -> PlatformError {
        PlatformError(
            .other, platform: "DingTalk", call: method, code: "malformed",
            message: "the answer has no \(field)")
    }

    private static func trimmed(_ base: String) -> String {
        base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    private static func queryEscaped(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
    }
}
