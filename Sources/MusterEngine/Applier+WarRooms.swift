import Foundation
import MusterLive
import MusterPlan

/// A war room the service opened, after which a later step (naming, topic, invites, the
/// announcement) failed: the room exists and is Muster's, and the next apply finishes it.
struct PartlyOpenedRoom: Error, CustomStringConvertible {
    let chatID: String
    let underlying: any Error

    var description: String {
        "the war room \(chatID) was opened, then: \(Applier.describe(underlying, nil))"
    }
}

extension Applier {
    /// Carries out one war-room operation.
    func performWarRoom(_ operation: ChangeOperation) async throws -> PerformedBatch {
        switch operation {
        case .createWarRoom(let spec):
            return PerformedBatch(chatID: try await openRoom(spec))
        case .recreateWarRoom(let spec, _):
            try await closeStaleRoom(spec)
            return PerformedBatch(chatID: try await openRoom(spec))
        case .renameWarRoom(let incidentID, let integration, let chatID, let name, _):
            try await room(integration).rename(chatID, to: name)
            try await note("Muster renamed the war room back to '\(name)'.", on: incidentID)
        case .setWarRoomTopic(_, let integration, let chatID, let topic, _):
            try await room(integration).setTopic(topic, of: chatID)
        case .inviteToWarRoom(let incidentID, let integration, let chatID, let accounts, _):
            try await room(integration).invite(accounts, to: chatID)
            try await note(
                "Muster invited \(accounts.count) member(s) to the war room.", on: incidentID)
        case .removeFromWarRoom(let incidentID, let integration, let chatID, let accounts, _):
            try await room(integration).remove(accounts, from: chatID)
            try await note(
                "Muster removed \(accounts.count) member(s) from the war room.", on: incidentID)
        case .dissolveWarRoom(let incidentID, let integrationID, _, _):
            try await note(
                "Muster is dissolving the war room: the incident is closed.", on: incidentID)
            try await connections.service.deleteWarRoom(
                incident: incidentID, integration: Int(integrationID))
        default:
            break
        }
        return PerformedBatch()
    }

    /// Opens the room through the service, then makes it what the policy says.
    private func openRoom(_ spec: WarRoomSpec) async throws -> String {
        let opened = try await connections.service.createWarRoom(
            incident: spec.incidentID, integration: Int(spec.integrationID),
            members: spec.memberIDs)
        do {
            try await finish(spec, chatID: opened.chatId, currentName: opened.chatName)
        } catch {
            throw PartlyOpenedRoom(chatID: opened.chatId, underlying: error)
        }
        return opened.chatId
    }

    private func finish(_ spec: WarRoomSpec, chatID: String, currentName: String?) async throws {
        let chat = try room(spec.integration)
        if currentName != spec.name { try await chat.rename(chatID, to: spec.name) }
        if let topic = spec.topic { try await chat.setTopic(topic, of: chatID) }
        let present = Set(try await chat.members(of: chatID))
        let missing = spec.accounts.filter { !present.contains($0) }
        if !missing.isEmpty { try await chat.invite(missing, to: chatID) }
        if let announcement = spec.announcement { try await chat.post(announcement, to: chatID) }
        try await note(spec.comment, on: spec.incidentID)
    }

    /// Deletes the service's record of a room dissolved on the IM side; gone already is fine.
    private func closeStaleRoom(_ spec: WarRoomSpec) async throws {
        do {
            try await connections.service.deleteWarRoom(
                incident: spec.incidentID, integration: Int(spec.integrationID))
        } catch let error as PlatformError where error.kind == .notFound {
            return
        }
    }

    /// Writes Muster's fixed note into the incident's timeline.
    private func note(_ text: String, on incidentID: String) async throws {
        try await connections.service.comment(text, on: incidentID)
    }

    private func room(_ integration: String) throws -> RoomChat {
        guard let adapter = connections.apps[integration] else {
            throw ApplyError.noAdapter(integration)
        }
        return RoomChat(adapter: adapter, robotCode: connections.robotCodes[integration])
    }
}

/// One IM chat's calls, whichever the platform: the war-room steps the service has no call for.
struct RoomChat {
    let adapter: AppAdapter
    let robotCode: String?

    func rename(_ chat: String, to name: String) async throws {
        switch adapter {
        case .slack(let slack): try await slack.rename(chat, to: name)
        case .feishu(let feishu): try await feishu.updateChat(chat, name: name)
        case .dingtalk(let dingtalk): try await dingtalk.updateSceneGroup(chat, title: name)
        case .wecom(let wecom): try await wecom.update(chat, name: name)
        }
    }

    /// Sets the topic (Slack) or description (Feishu); DingTalk and WeCom chats have none.
    func setTopic(_ topic: String, of chat: String) async throws {
        switch adapter {
        case .slack(let slack): try await slack.setTopic(topic, of: chat)
        case .feishu(let feishu): try await feishu.updateChat(chat, description: topic)
        case .dingtalk, .wecom: break
        }
    }

    func members(of chat: String) async throws -> [String] {
        switch adapter {
        case .slack(let slack): return try await slack.members(of: chat)
        case .feishu(let feishu): return try await feishu.members(of: chat).map(\.openID)
        case .dingtalk(let dingtalk): return try await dingtalk.members(of: chat)
        case .wecom(let wecom): return try await wecom.appChat(id: chat).members
        }
    }

    func invite(_ accounts: [String], to chat: String) async throws {
        switch adapter {
        case .slack(let slack): try await slack.invite(accounts, to: chat)
        case .feishu(let feishu): try await feishu.addMembers(accounts, to: chat)
        case .dingtalk(let dingtalk): try await dingtalk.addMembers(accounts, to: chat)
        case .wecom(let wecom): try await wecom.update(chat, add: accounts)
        }
    }

    func remove(_ accounts: [String], from chat: String) async throws {
        switch adapter {
        case .slack(let slack):
            for account in accounts { try await slack.kick(account, from: chat) }
        case .feishu(let feishu): try await feishu.removeMembers(accounts, from: chat)
        case .dingtalk(let dingtalk): try await dingtalk.removeMembers(accounts, from: chat)
        case .wecom(let wecom): try await wecom.update(chat, remove: accounts)
        }
    }

    func post(_ text: String, to chat: String) async throws {
        switch adapter {
        case .slack(let slack): _ = try await slack.post(text: text, to: chat)
        case .feishu(let feishu): _ = try await feishu.post(text: text, to: chat)
        case .dingtalk(let dingtalk):
            guard let robotCode else { return }
            _ = try await dingtalk.send(text: text, to: chat, robotCode: robotCode)
        case .wecom(let wecom): try await wecom.send(text: text, to: chat)
        }
    }
}
