import Foundation
import MusterHTTP

/// Reads and changes a Feishu or Lark tenant through the Open Platform with an app's tenant
/// token.
///
/// The adapter asks for the tenant token itself and caches it, asking again when fewer than
/// ten minutes remain or when an answer says the token is unknown or expired (99991663,
/// 99991677); the refused call is then sent once more. Lists read every page at the largest
/// size allowed (100), and member writes and lookups go 50 at a time. A stated rate limit
/// (`x-ogw-ratelimit-limit`) slows the operation's bucket, and an operation still throttled
/// after every attempt is a `.rateLimited` refusal with Feishu's code (99991400). Secrets and
/// tokens are sent only in the body of the token request and in the `Authorization` header.
package actor FeishuAdapter {
    package let brand: Brand
    package let baseURL: String
    private let appID: String
    private let appSecret: String
    private let transport: PlatformTransport
    private let now: @Sendable () -> Double
    private let tokens: AccessTokenCache

    /// How long before its expiry a cached token is replaced, in seconds.
    static let refreshMargin: Double = 600

    package init(
        brand: Brand, baseURL: String? = nil, appID: String, appSecret: String,
        transport: PlatformTransport,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) {
        self.brand = brand
        let base = baseURL ?? brand.defaultBaseURL
        self.baseURL = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.appID = appID
        self.appSecret = appSecret
        self.transport = transport
        self.now = now
        self.tokens = AccessTokenCache(margin: Self.refreshMargin, now: now)
    }

    /// How Feishu's answers read: 429 or 99991400 wait `x-ogw-ratelimit-reset`, the chat and
    /// message limits (232019, 230020) wait too, and 5xx is worth another try.
    ///
    /// `x-ogw-ratelimit-limit` is taken as the API's limit per second, and the bucket then paces
    /// its calls at that rate (see `rateLimitHint(in:)`).
    package static let verdict: @Sendable (HTTPClientResponse) -> ResponseVerdict = { response in
        let code = (try? JSONDecoder().decode(FeishuWire.Code.self, from: response.body))?.code
        let hint = rateLimitHint(in: response)
        if response.status == 429 || code == 99991400 || code == 232019 || code == 230020 {
            return ResponseVerdict(.throttled(retryAfter: hint?.resetSeconds), hint: hint)
        }
        return ResponseVerdict(response.status >= 500 ? .transient : .final, hint: hint)
    }

    /// What Feishu's frequency-control headers say: `x-ogw-ratelimit-limit`, the API's calls a
    /// second, and `x-ogw-ratelimit-reset`, the seconds until the limit resets; nil without
    /// either.
    ///
    /// Feishu sends them on a 99991400 refusal (im-platforms.md §2.6). A limit that was in fact
    /// per minute reads as a faster rate than the one in force, which a throttled answer never
    /// raises to, and its longer reset is waited out.
    package static func rateLimitHint(in response: HTTPClientResponse) -> RateLimitHint? {
        let hint = RateLimitHint(
            perSecond: RateLimitHint.number(response.header("x-ogw-ratelimit-limit")),
            resetSeconds: RateLimitHint.number(response.header("x-ogw-ratelimit-reset")))
        return hint.isEmpty ? nil : hint
    }

    // MARK: - Reads

    /// The scopes granted to the app (`application/v6/scopes`, grantStatus 1).
    package func grantedScopes() async throws -> [String] {
        let scopes = try await call(
            "application.v6.scope.list", "GET", "application/v6/scopes", as: FeishuWire.Scopes.self)
        return (scopes?.scopes ?? []).filter { $0.grantStatus == 1 }.map(\.scopeName)
    }

    /// Every chat the bot is in, every page.
    package func chats() async throws -> [FeishuChat] {
        try await pages("im.v1.chat.list", "im/v1/chats", [], FeishuWire.Chat.self).map {
            $0.model()
        }
    }

    /// One chat.
    package func chat(id: String) async throws -> FeishuChat {
        let chat = try await call(
            "im.v1.chat.get", "GET", "im/v1/chats/\(id)", as: FeishuWire.Chat.self)
        return (chat ?? FeishuWire.Chat()).model(id: id)
    }

    /// A chat's members (people only, as Feishu leaves bots out), every page.
    package func members(of chat: String) async throws -> [FeishuMember] {
        let items = try await pages(
            "im.v1.chat_members.get", "im/v1/chats/\(chat)/members",
            [("member_id_type", "open_id")], FeishuWire.Member.self)
        return items.map { FeishuMember(openID: $0.memberId, name: $0.name ?? "") }
    }

    /// The open_ids of people by email and by mobile, 50 addresses of each kind a call.
    package func userIDs(
        emails: [String], mobiles: [String] = []
    ) async throws
        -> FeishuUserLookup
    {
        var lookup = FeishuUserLookup()
        let calls = max(emails.count, mobiles.count).divided(by: 50)
        for index in 0..<calls {
            let batchEmails = emails.slice(index, of: 50)
            let batchMobiles = mobiles.slice(index, of: 50)
            let answer = try await call(
                "contact.v3.user.batch_get_id", "POST", "contact/v3/users/batch_get_id",
                query: [("user_id_type", "open_id")],
                body: ["emails": batchEmails, "mobiles": batchMobiles, "include_resigned": false],
                as: FeishuWire.Lookup.self)
            for entry in answer?.userList ?? [] {
                guard let id = entry.userId else { continue }
                if let email = entry.email { lookup.byEmail[email] = id }
                if let mobile = entry.mobile { lookup.byMobile[mobile] = id }
            }
        }
        return lookup
    }

    // MARK: - Writes

    /// Creates a private chat owned by the bot, or returns the one this `uuid` made before.
    ///
    /// The `uuid` makes the create idempotent for ten hours, so the transport may resend it.
    /// Members past the first 50 are added afterwards, 50 a call.
    package func createChat(
        name: String, description: String, members: [String], uuid: String
    ) async throws -> FeishuChat {
        let first = Array(members.prefix(50))
        let chat = try await call(
            "im.v1.chat.create", "POST", "im/v1/chats",
            query: [("user_id_type", "open_id"), ("uuid", uuid)],
            body: ["name": name, "description": description, "user_id_list": first],
            safety: .idempotentWrite, as: FeishuWire.Chat.self)
        let created = (chat ?? FeishuWire.Chat()).model()
        if members.count > first.count {
            try await addMembers(Array(members.dropFirst(50)), to: created.id)
        }
        return created
    }

    /// Adds people by open_id, 50 a call.
    package func addMembers(_ openIDs: [String], to chat: String) async throws {
        try await memberBatches(openIDs, "im.v1.chat_members.create", "POST", chat)
    }

    /// Removes people by open_id, 50 a call.
    package func removeMembers(_ openIDs: [String], from chat: String) async throws {
        try await memberBatches(openIDs, "im.v1.chat_members.delete", "DELETE", chat)
    }

    /// Changes a chat's name or description; a nil field stays as it is.
    package func updateChat(
        _ chat: String, name: String? = nil, description: String? = nil
    )
        async throws
    {
        var body: [String: Any] = [:]
        if let name { body["name"] = name }
        if let description { body["description"] = description }
        _ = try await call(
            "im.v1.chat.update", "PUT", "im/v1/chats/\(chat)", body: body,
            safety: .idempotentWrite, as: FeishuWire.Empty.self)
    }

    /// Dissolves a chat; one already dissolved (232009) counts as dissolved.
    package func dissolve(_ chat: String) async throws {
        do {
            _ = try await call(
                "im.v1.chat.delete", "DELETE", "im/v1/chats/\(chat)", safety: .idempotentWrite,
                as: FeishuWire.Empty.self)
        } catch let error as PlatformError where error.code == "232009" {
            return
        }
    }

    /// Sends a text message to a chat and returns its messageId.
    ///
    /// A fresh `uuid` keys the send, so a retry within the hour never posts twice.
    @discardableResult
    package func post(
        text: String, to chat: String, uuid: String = UUID().uuidString
    ) async throws
        -> String
    {
        let content = try JSONSerialization.data(withJSONObject: ["text": text])
        struct Sent: Decodable { var messageId: String? }
        let sent = try await call(
            "im.v1.message.create", "POST", "im/v1/messages",
            query: [("receive_id_type", "chat_id")],
            body: [
                "receive_id": chat, "msg_type": "text",
                "content": String(decoding: content, as: UTF8.self), "uuid": uuid,
            ],
            safety: .idempotentWrite, as: Sent.self)
        return sent?.messageId ?? ""
    }

    // MARK: - Sending

    private func memberBatches(
        _ openIDs: [String], _ operation: String, _ method: String, _ chat: String
    ) async throws {
        for index in 0..<openIDs.count.divided(by: 50) {
            _ = try await call(
                operation, method, "im/v1/chats/\(chat)/members",
                query: [("member_id_type", "open_id")],
                body: ["id_list": openIDs.slice(index, of: 50)],
                safety: .idempotentWrite, as: FeishuWire.Empty.self)
        }
    }

    /// Reads every page of a list at page size 100.
    private func pages<Item: Decodable>(
        _ operation: String, _ path: String, _ query: [(String, String)], _ type: Item.Type
    ) async throws -> [Item] {
        var items: [Item] = []
        var pageToken: String?
        repeat {
            var pageQuery = query + [("page_size", "100")]
            if let pageToken { pageQuery.append(("page_token", pageToken)) }
            let page = try await call(
                operation, "GET", path, query: pageQuery, as: FeishuWire.Page<Item>.self)
            items += page?.items ?? []
            pageToken = page?.hasMore == true ? page?.pageToken : nil
        } while pageToken != nil
        return items
    }

    /// Sends an operation with the tenant token and returns its `data`, refreshing the token
    /// and sending once more when the platform says it is unknown or expired.
    func call<Payload: Decodable>(
        _ operation: String, _ method: String, _ path: String, query: [(String, String)] = [],
        body: [String: Any]? = nil, safety: CallSafety = .read, as type: Payload.Type
    ) async throws -> Payload? {
        let bodyData = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        var refreshed = false
        while true {
            let bearer = try await tenantToken()
            let request = HTTPClientRequest(
                method: method, url: url(path, query),
                headers: [
                    ("Authorization", "Bearer \(bearer)"),
                    ("Content-Type", "application/json; charset=utf-8"),
                ],
                body: bodyData)
            let response = try await send(operation, request, safety: safety)
            let envelope = try decode(FeishuWire.Envelope<Payload>.self, response.body, operation)
            if envelope.code == 0 { return envelope.data }
            guard !refreshed, FeishuErrorMapping.expiredTokenCodes.contains(envelope.code) else {
                throw FeishuErrorMapping.error(envelope, brand: brand, call: operation)
            }
            await tokens.invalidate(ifValue: bearer)
            refreshed = true
        }
    }

    /// The cached tenant token, or a new one when fewer than ten minutes remain.
    private func tenantToken() async throws -> String {
        try await tokens.value { try await self.requestTenantToken() }
    }

    /// Asks `auth/v3/tenant_access_token/internal` for the tenant token.
    private func requestTenantToken() async throws -> AccessTokenCache.Token {
        let operation = "auth.v3.tenant_access_token.internal"
        let body = try JSONSerialization.data(withJSONObject: [
            "app_id": appID, "app_secret": appSecret,
        ])
        let request = HTTPClientRequest(
            method: "POST", url: url("auth/v3/tenant_access_token/internal", []),
            headers: [("Content-Type", "application/json; charset=utf-8")], body: body)
        let response = try await send(operation, request, safety: .read)
        let answer = try decode(FeishuWire.TenantToken.self, response.body, operation)
        guard answer.code == 0, let value = answer.tenantAccessToken else {
            let envelope = FeishuWire.Envelope<FeishuWire.Empty>(code: answer.code, msg: answer.msg)
            throw FeishuErrorMapping.error(envelope, brand: brand, call: operation)
        }
        return AccessTokenCache.Token(value: value, expiresAt: now() + (answer.expire ?? 7200))
    }

    private func send(
        _ operation: String, _ request: HTTPClientRequest, safety: CallSafety
    )
        async throws -> HTTPClientResponse
    {
        let platform = brand.rawValue
        let bucket = BucketKey(platform: platform, tenant: appID, family: operation)
        let call = PlatformCall(
            platform: platform, method: operation, bucket: bucket, safety: safety,
            request: request)
        let brand = brand
        return try await transport.send(call, platformName: brand.displayName) { answer in
            FeishuErrorMapping.refusal(in: answer, brand: brand, call: operation)
        }
    }

    private func url(_ path: String, _ query: [(String, String)]) -> String {
        var components = URLComponents()
        components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) }
        let suffix = query.isEmpty ? "" : "?" + (components.percentEncodedQuery ?? "")
        return "\(baseURL)/open-apis/\(path)\(suffix)"
    }

    private func decode<T: Decodable>(
        _ type: T.Type, _ data: Data, _ operation: String
    ) throws
        -> T
    {
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(type, from: data)
        } catch {
            throw PlatformError(
                .other, platform: brand.displayName, call: operation, code: "invalid_response",
                message: "the answer could not be read")
        }
    }
}

extension Int {
    /// How many groups of `size` hold this many items.
    fileprivate func divided(by size: Int) -> Int { (self + size - 1) / size }
}

extension Array {
    /// The `index`-th group of `size` items, empty past the end.
    fileprivate func slice(_ index: Int, of size: Int) -> [Element] {
        let start = Swift.min(count, index * size)
        return Array(self[start..<Swift.min(count, start + size)])
    }
}
