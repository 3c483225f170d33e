/// Why an IM platform refused a war-room chat operation.
package enum WarRoomChatError: Error, Equatable, CustomStringConvertible {
    /// The integration points at an app the IM world does not have.
    case appNotFound(String)
    /// The chat does not exist, or the app cannot see it.
    case chatNotFound(String)
    /// The platform refused, with its own error code, such as Slack's `name_taken`.
    case refused(String)
    /// No IM world is emulated for the platform.
    case platformNotEmulated(String)

    package var description: String {
        switch self {
        case .appNotFound(let app): return "im app '\(app)' not found"
        case .chatNotFound(let chat): return "chat '\(chat)' not found"
        case .refused(let code): return "im platform refused: \(code)"
        case .platformNotEmulated(let name): return "im platform '\(name)' not emulated"
        }
    }
}
