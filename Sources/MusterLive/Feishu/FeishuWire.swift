/// The JSON shapes the Feishu and Lark Open Platform answers with.
enum FeishuWire {
    /// `{code, msg, data, error}`: code 0 is success.
    struct Envelope<Payload: Decodable>: Decodable {
        var code: Int
        var msg: String?
        var data: Payload?
        var error: ErrorDetail?
    }

    /// Only the code, for classifying a response.
    struct Code: Decodable {
        var code: Int?
    }

    struct ErrorDetail: Decodable {
        var permissionViolations: [Violation]?
    }

    struct Violation: Decodable {
        var subject: String?
    }

    /// An answer without a payload worth reading.
    struct Empty: Decodable {}

    struct TenantToken: Decodable {
        var code: Int
        var msg: String?
        var tenantAccessToken: String?
        var expire: Double?
    }

    struct Scope: Decodable {
        var scopeName: String
        var grantStatus: Int
    }

    struct Scopes: Decodable {
        var scopes: [Scope]
    }

    struct Chat: Decodable {
        var chatId: String?
        var name: String?
        var description: String?
        var ownerId: String?

        func model(id: String? = nil) -> FeishuChat {
            FeishuChat(
                id: id ?? chatId ?? "", name: name ?? "", description: description ?? "",
                ownerID: ownerId ?? "")
        }
    }

    struct Page<Item: Decodable>: Decodable {
        var items: [Item]?
        var hasMore: Bool?
        var pageToken: String?
    }

    struct Member: Decodable {
        var memberId: String
        var name: String?
    }

    struct LookupEntry: Decodable {
        var userId: String?
        var email: String?
        var mobile: String?
    }

    struct Lookup: Decodable {
        var userList: [LookupEntry]?
    }
}
