import Foundation
import MusterSandbox

/// Reads and posts to a war room's chat through its IM platform's own API, with that
/// platform's client and its demo app, as any other client of the emulator would.
struct IMChatProbe {
    /// A chat as the platform's API shows it.
    struct Chat: Equatable {
        var name: String
        var members: [String]
    }

    let service: String
    let server: SandboxServer
    private var feishu: FeishuClient?
    private var dingtalk: DingTalkClient
    private var wecom: WeComClient

    /// A probe signed in to the service's demo app.
    static func signedIn(_ service: String, server: SandboxServer) async throws -> IMChatProbe {
        var probe = IMChatProbe(
            service: service, server: server, feishu: nil,
            dingtalk: DingTalkClient(server: server), wecom: WeComClient(server: server))
        switch service {
        case "feishu", "lark":
            probe.feishu = try await FeishuClient.signedIn(
                base: server.endpoint(service)!.url, appId: "cli_\(service)_demo",
                secret: "sandbox-\(service)-demo-secret")
        case "dingtalk": try await probe.dingtalk.signIn()
        default: try await probe.wecom.signIn()
        }
        return probe
    }

    /// The live chat, or nil when the platform answers that it is gone.
    func chat(_ id: String) async throws -> Chat? {
        switch service {
        case "feishu", "lark":
            let info = try await feishu!.call("GET", "im/v1/chats/\(id)")
            guard info.code == 0 else { return nil }
            let members = try await feishu!.call("GET", "im/v1/chats/\(id)/members")
            let items = members["items"] as? [[String: Any]] ?? []
            return Chat(
                name: info["name"] as? String ?? "",
                members: items.compactMap { $0["member_id"] as? String })
        case "dingtalk":
            let info = try await dingtalk.v1(
                "v1.0/im/sceneGroups/query", ["openConversationId": id])
            guard info["status"] as? Int == 1 else { return nil }
            let members = try await dingtalk.v1(
                "v1.0/im/sceneGroups/members/query", ["openConversationId": id, "size": 100])
            return Chat(
                name: info["title"] as? String ?? "",
                members: members["memberUserIds"] as? [String] ?? [])
        default:
            let got = try await wecom.call("appchat/get", query: ["chatid": id])
            guard got.errcode == 0, let info = got["chat_info"] as? [String: Any] else {
                return nil
            }
            return Chat(
                name: info["name"] as? String ?? "", members: info["userlist"] as? [String] ?? [])
        }
    }

    /// Posts a text message to the chat as the app's bot; true when the platform took it.
    func post(to id: String) async throws -> Bool {
        switch service {
        case "feishu", "lark":
            let sent = try await feishu!.call(
                "POST", "im/v1/messages", query: ["receive_id_type": "chat_id"],
                body: ["receive_id": id, "msg_type": "text", "content": #"{"text":"hello"}"#])
            return sent.code == 0
        case "dingtalk":
            let sent = try await dingtalk.v1(
                "v1.0/robot/groupMessages/send",
                [
                    "robotCode": "dingsandboxdemo", "openConversationId": id,
                    "msgKey": "sampleText", "msgParam": #"{"content":"hello"}"#,
                ])
            return sent["processQueryKey"] != nil
        default:
            let sent = try await wecom.call(
                "appchat/send", ["chatid": id, "msgtype": "text", "text": ["content": "hello"]])
            return sent.errcode == 0
        }
    }
}
