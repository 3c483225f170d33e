/// The ways the sandbox itself can fail, as opposed to the platform errors it emulates.
package enum SandboxError: Error, Equatable, CustomStringConvertible {
    /// A request to the admin API or a seed had a body that does not decode.
    case invalidRequestBody(String)
    /// The saved state under the state directory could not be read or decoded.
    case stateUnreadable(path: String, reason: String)
    /// The state could not be written; `errno` is the failing call's error number.
    case stateWriteFailed(path: String, errno: Int32)
    /// A drift action names a channel, user, token or scope that does not exist.
    case unknownObject(String)
    /// A port base leaves no room for all the services below 65536.
    case portOutOfRange(UInt16)
    /// One of the HTTP servers could not start.
    case serverFailed(service: String, reason: String)

    package var description: String {
        switch self {
        case .invalidRequestBody(let reason): return "invalid body: \(reason)"
        case .stateUnreadable(let path, let reason): return "state '\(path)' unreadable: \(reason)"
        case .stateWriteFailed(let path, let code):
            return "state '\(path)' not written: errno \(code)"
        case .unknownObject(let name): return "\(name) not found"
        case .portOutOfRange(let base): return "port base \(base) leaves no room for every service"
        case .serverFailed(let service, let reason): return "service '\(service)': \(reason)"
        }
    }
}
