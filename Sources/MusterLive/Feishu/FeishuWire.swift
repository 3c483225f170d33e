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
        var permission_violations: [Violation]?
    }

    struct Violation: Decodable {
        var subject: String?
    }

    /// An answer without a payload worth reading.
    struct Empty: Decodable {}

    struct TenantToken: Decodable {
        var code: Int
        var msg: String?
        var tenant_access_token: String?
        var expire: Double?
    }

    struct Scope: Decodable {
        var scope_name: String
        var grant_status: Int
    }

    struct Scopes: Decodable {
        var scopes: [Scope]
    }

    struct Chat: Decodable {
        var chat_id: String?
        var name: String?
        var description: String?
        var owner_id: String?

        func model(id: String? = nil) -> FeishuChat {
            FeishuChat(
                id: id ?? chat_id ?? "", name: name ?? "", description: description ?? "",
                ownerID: owner_id ?? "")
        }
    }

    struct Page<Item: Decodable>: Decodable {
        var items: [Item]?
        var has_more: Bool?
        var page_token: String?
    }

    struct Member: Decodable {
        var member_id: String
        var name: String?
    }

    struct LookupEntry: Decodable {
        var user_id: String?
        var email: String?
        var mobile: String?
    }

    struct Lookup: Decodable {
        var user_list: [LookupEntry]?
    }
}
