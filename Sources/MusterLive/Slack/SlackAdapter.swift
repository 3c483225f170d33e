import Foundation
import MusterHTTP

/// Reads and changes a Slack workspace through the Web API with a bot token.
///
/// Every call goes through the `PlatformTransport`, in the bucket of its method's tier. Lists
/// follow `nextCursor` to the end. The token is sent only in the `Authorization` header and
/// never logged. A logical refusal (`ok:false`) is thrown as a `PlatformError`, and so is a
/// method still rate-limited after every attempt (`.rateLimited`, `ratelimited`).
package actor SlackAdapter {
    package let baseURL: String
    private let token: String
    private let transport: PlatformTransport
    private let workspace: String
    /// The `limit` of list calls; Slack allows up to 999.
    private let pageLimit: Int

    package init(
        baseURL: String = "https://slack.com/api/", token: String,
        transport: PlatformTransport, workspace: String = "workspace", pageLimit: Int = 999
    ) {
        precondition((1...999).contains(pageLimit), "Slack list limits are 1...999")
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.token = token
        self.transport = transport
        self.workspace = workspace
        self.pageLimit = pageLimit
    }

    /// How Slack's answers read: 429 is throttling with `Retry-After`, 5xx worth another try.
    package static let verdict: @Sendable (HTTPClientResponse) -> ResponseVerdict = { response in
        if response.status == 429 {
            return .throttled(retryAfter: response.header("retry-after").flatMap(Double.init))
        }
        return response.status >= 500 ? .transient : .final
    }

    // MARK: - Reads

    /// The workspace, the bot user and the token's granted scopes (`auth.test`).
    package func identity() async throws -> SlackIdentity {
        let (data, response) = try await send("auth.test", [])
        let answer = try decode(SlackWire.AuthTest.self, data, "auth.test")
        let scopes = (response.header("x-oauth-scopes") ?? "").split(separator: ",")
        return SlackIdentity(
            teamID: answer.teamId, botUserID: answer.userId,
            scopes: scopes.map { $0.trimmingCharacters(in: .whitespaces) })
    }

    /// Every public and private channel the token can see, archived ones included.
    package func channels() async throws -> [SlackChannel] {
        let base = [("types", "public_channel,private_channel"), ("limit", "\(pageLimit)")]
        return try await pages("conversations.list", base, SlackWire.ChannelPage.self) {
            ($0.channels.map(\.model), $0.responseMetadata?.nextCursor)
        }
    }

    /// One channel (`conversations.info`).
    package func channel(id: String) async throws -> SlackChannel {
        let (data, _) = try await send("conversations.info", [("channel", id)])
        return try decode(SlackWire.ChannelAnswer.self, data, "conversations.info").channel.model
    }

    /// The user ids of a channel's members, every page.
    package func members(of channel: String) async throws -> [String] {
        let base = [("channel", channel), ("limit", "\(pageLimit)")]
        return try await pages("conversations.members", base, SlackWire.MemberPage.self) {
            ($0.members, $0.responseMetadata?.nextCursor)
        }
    }

    /// Every workspace member (`users.list`), every page.
    package func users() async throws -> [SlackUser] {
        let base = [("limit", "\(pageLimit)")]
        return try await pages("users.list", base, SlackWire.UserPage.self) {
            ($0.members.map(\.model), $0.responseMetadata?.nextCursor)
        }
    }

    /// The user for each email, or nil where Slack knows none.
    ///
    /// Slack has no batch lookup, so this is one `users.lookupByEmail` per address.
    package func usersByEmail(_ emails: [String]) async throws -> [String: SlackUser?] {
        var found: [String: SlackUser?] = [:]
        for email in emails {
            do {
                let (data, _) = try await send("users.lookupByEmail", [("email", email)])
                found[email] = try decode(SlackWire.UserAnswer.self, data, "").user.model
            } catch let error as PlatformError where error.code == "users_not_found" {
                found[email] = .some(nil)
            }
        }
        return found
    }

    // MARK: - Writes

    /// Creates a channel, reading by name first when the outcome of the create is unknown.
    ///
    /// `conversations.create` is not idempotent. When the transport reports it uncertain,
    /// the channel list decides: the channel is returned if it exists, and only if it does
    /// not is the create sent once more.
    package func createChannel(name: String, isPrivate: Bool) async throws -> SlackChannel {
        do {
            return try await create(name: name, isPrivate: isPrivate)
        } catch TransportError.uncertain {
            if let existing = try await channels().first(where: { $0.name == name }) {
                return existing
            }
            return try await create(name: name, isPrivate: isPrivate)
        }
    }

    private func create(name: String, isPrivate: Bool) async throws -> SlackChannel {
        let params = [("name", name), ("is_private", isPrivate ? "true" : "false")]
        let (data, _) = try await send(
            "conversations.create", params, safety: .nonIdempotentWrite)
        return try decode(SlackWire.ChannelAnswer.self, data, "conversations.create").channel.model
    }

    /// Invites users, 100 a call; users already in the channel count as invited.
    package func invite(_ users: [String], to channel: String) async throws {
        for start in stride(from: 0, to: users.count, by: 100) {
            let batch = users[start..<min(start + 100, users.count)]
            let params = [("channel", channel), ("users", batch.joined(separator: ","))]
            try await tolerating("already_in_channel") {
                _ = try await self.send("conversations.invite", params, safety: .idempotentWrite)
            }
        }
    }

    /// Removes a user from a channel.
    package func kick(_ user: String, from channel: String) async throws {
        _ = try await send(
            "conversations.kick", [("channel", channel), ("user", user)], safety: .idempotentWrite)
    }

    /// Renames a channel.
    package func rename(_ channel: String, to name: String) async throws {
        _ = try await send(
            "conversations.rename", [("channel", channel), ("name", name)],
            safety: .idempotentWrite)
    }

    /// Sets a channel's topic.
    package func setTopic(_ topic: String, of channel: String) async throws {
        _ = try await send(
            "conversations.setTopic", [("channel", channel), ("topic", topic)],
            safety: .idempotentWrite)
    }

    /// Archives a channel; one already archived counts as archived.
    package func archive(_ channel: String) async throws {
        try await tolerating("already_archived") {
            _ = try await self.send(
                "conversations.archive", [("channel", channel)], safety: .idempotentWrite)
        }
    }

    /// Posts a message and returns its `ts`.
    ///
    /// `chat.postMessage` has no idempotency key, so it is sent as a non-idempotent write.
    @discardableResult
    package func post(text: String, to channel: String) async throws -> String {
        let (data, _) = try await send(
            "chat.postMessage", [("channel", channel), ("text", text)],
            safety: .nonIdempotentWrite)
        struct Posted: Decodable { var ts: String }
        return try decode(Posted.self, data, "chat.postMessage").ts
    }

    // MARK: - Sending

    /// Sends a method and returns the body of an `ok:true` answer, with the response.
    private func send(
        _ method: String, _ params: [(String, String)], safety: CallSafety = .read
    ) async throws -> (Data, HTTPClientResponse) {
        let request = HTTPClientRequest(
            method: "POST", url: baseURL + method,
            headers: [
                ("Authorization", "Bearer \(token)"),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ],
            body: Data(FormEncoding.encode(params).utf8))
        let bucket = BucketKey(
            platform: "slack", tenant: workspace, family: Self.family(of: method))
        let call = PlatformCall(
            platform: "slack", method: method, bucket: bucket, safety: safety, request: request)
        let response = try await transport.send(call, platformName: "Slack") { answer in
            SlackErrorMapping.refusal(in: answer, method: method)
        }
        let envelope = try decode(SlackWire.Envelope.self, response.body, method)
        guard envelope.ok else { throw SlackErrorMapping.error(envelope, method: method) }
        return (response.body, response)
    }

    /// Follows `nextCursor` from the first page to the last.
    private func pages<Page: Decodable, Item>(
        _ method: String, _ base: [(String, String)], _ type: Page.Type,
        items: (Page) -> ([Item], String?)
    ) async throws -> [Item] {
        var all: [Item] = []
        var cursor = ""
        repeat {
            let params = cursor.isEmpty ? base : base + [("cursor", cursor)]
            let (data, _) = try await send(method, params)
            let (page, next) = items(try decode(type, data, method))
            all += page
            cursor = next ?? ""
        } while !cursor.isEmpty
        return all
    }

    /// Runs a write, treating the named Slack error as success.
    private func tolerating(_ code: String, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as PlatformError where error.code == code {
            return
        }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ data: Data, _ method: String) throws -> T {
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(type, from: data)
        } catch {
            throw PlatformError(
                .other, platform: "Slack", call: method, code: "invalid_response",
                message: "the answer could not be read")
        }
    }

    /// The rate-limit tier of a method (section 1.3 of the IM reference).
    static func family(of method: String) -> String {
        switch method {
        case "conversations.members", "users.info": return "tier4"
        case "conversations.invite", "conversations.kick", "conversations.info",
            "conversations.join", "users.lookupByEmail":
            return "tier3"
        case "auth.test": return "special"
        case "chat.postMessage": return "postMessage"
        default: return "tier2"
        }
    }
}
