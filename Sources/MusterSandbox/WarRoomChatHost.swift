/// What an emulated IM world offers Flashduty's war rooms: user look-up for one-click linking,
/// and a group chat to create, invite to, close and read.
///
/// Flashduty reaches the IM platform through the integration's app, so every call names the
/// app (Slack app id, Feishu/Lark app id, DingTalk app key or agent id, WeCom agent id). The
/// host changes only its own world, exactly as the platform's own API calls would, so the
/// Slack, Feishu, DingTalk or WeCom emulator then shows the chat to any client.
///
/// Each IM world must provide, in `<Platform>/<Platform>World+WarRoomChatHost.swift`, and be
/// listed in `SandboxWorld+WarRoomChatHost.swift`:
/// - ``matchesEmail`` and ``matchesPhone``: which verified contact one-click link uses on that
///   platform. Slack: email. Feishu/Lark: email and phone (`contact/v3/users/batch_get_id`).
///   DingTalk: phone only (`topapi/v2/user/getbymobile`). WeCom: email and phone
///   (`user/get_userid_by_email`, `user/getuserid`).
/// - ``userID(email:app:)`` and ``userID(phone:app:)``: the id of an *active* user that the
///   app can see (Slack user id, Feishu open_id, DingTalk userid, WeCom userid); a phone comes
///   in E.164 form (`+8613800000000`), so strip or compare the country code as the platform
///   stores it.
/// - ``createChat(named:members:app:now:)``: a new group chat owned by the app's bot, with
///   the members in it (Slack: private channel; Feishu: `im/v1/chats`; DingTalk: scene group;
///   WeCom: `appchat`). Adapt `name` to the platform's rules (Slack lowercases and
///   hyphenates it and makes it unique) and return the name actually used.
/// - ``invite(_:toChat:app:)``: adds members; members already in the chat are skipped.
/// - ``closeChat(_:app:)``: dissolves the chat where the platform allows it (Feishu, DingTalk
///   scene groups), else archives it (Slack; WeCom appchat can neither, so it reports
///   ``WarRoomChatClosing/archived`` and marks its own chat closed).
/// - ``chat(_:app:)``: the chat as the platform now holds it, drift included.
package protocol WarRoomChatHost: Sendable {
    /// Whether one-click link matches members by verified email on this platform.
    var matchesEmail: Bool { get }
    /// Whether one-click link matches members by verified phone on this platform.
    var matchesPhone: Bool { get }

    /// The active user with this email, compared case-insensitively, that the app can see.
    func userID(email: String, app: String) -> String?

    /// The active user with this phone (E.164) that the app can see.
    func userID(phone: String, app: String) -> String?

    /// Creates a group chat owned by the app with the given users in it.
    ///
    /// - Throws: ``WarRoomChatError`` when the app is unknown or the platform refuses.
    mutating func createChat(
        named name: String, members: [String], app: String, now: Double
    ) throws(WarRoomChatError) -> WarRoomChat

    /// Adds users to a chat; users already in it are skipped.
    mutating func invite(
        _ members: [String], toChat chatID: String, app: String
    ) throws(WarRoomChatError)

    /// Dissolves the chat, or archives it where the platform cannot dissolve one.
    mutating func closeChat(
        _ chatID: String, app: String
    ) throws(WarRoomChatError) -> WarRoomChatClosing

    /// The chat as the platform holds it now, or nil when it does not exist.
    func chat(_ chatID: String, app: String) -> WarRoomChat?
}
