import MusterHTTPServer

/// One emulated service, served on its own port as if it were its own host.
///
/// ``SandboxServer`` counts each request and applies the fault rules before it reaches the
/// emulator, so an emulator only answers real calls, renders injected faults in its platform's
/// own wire format, and offers its own drift actions under `/_sandbox/<service>/`. Ports are
/// the port base plus a fixed offset per service, so adding one moves no other: admin 0,
/// slack 1, feishu 2, lark 3, dingtalk 4, wecom 5, flashduty 6.
protocol PlatformEmulator: Sendable {
    /// The service name used in endpoints, counters and fault rules, such as `slack`.
    var service: String { get }
    /// The port offset from the sandbox's port base.
    var portOffset: UInt16 { get }
    /// The path a client's base URL ends with, such as `/api/` for Slack.
    var basePath: String { get }

    /// The method name a request calls, for counters and fault rules.
    func operation(for request: HTTPRequest) -> String

    /// Answers a request that no fault intercepted.
    func respond(to request: HTTPRequest, in store: SandboxStore) -> HTTPResponse

    /// Renders an injected fault as the platform would answer the request.
    func respond(
        toFault fault: FaultRule, request: HTTPRequest, in store: SandboxStore
    )
        -> HTTPResponse

    /// Applies an admin action such as `drift`, or returns nil for an unknown action.
    func administer(
        _ action: String, request: HTTPRequest, in store: SandboxStore
    ) throws(SandboxError) -> JSONValue?
}
