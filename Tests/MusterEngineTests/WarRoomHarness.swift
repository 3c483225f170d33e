import Foundation
import MusterEngine
import MusterLive
import MusterModel
import MusterPlan
import MusterSandbox
import Testing

/// A run of the engine against the incident-reader sandbox, as `muster apply` makes one: a
/// `LiveRun` on the sandbox's virtual clock, and a workspace of its own for the state and
/// the journal.
///
/// The run keeps to every platform's published rate limits, but on a simulated clock, so
/// that Slack's tier 2 (20 calls a minute) costs the test no real time.
///
/// Tests drive the incidents through the sandbox's admin routes, plan and apply through the
/// engine, and check the outcome on the emulated IM world and in the service's feed, never
/// only in what Muster says it did.
struct WarRoomHarness {
    let sandbox: IncidentReaderHarness
    let run: LiveRun
    let workspace: Workspace
    /// The clock the run's rate limits and retries wait on.
    let pacing: SimulatedClock

    /// Starts a sandbox on `target` with `documents` beside its integration, and a run of
    /// the engine against it.
    static func run<R>(
        on target: RoomPlatform, documents: String,
        seed change: (inout SandboxSeed) -> Void = { _ in },
        _ body: (WarRoomHarness) async throws -> R
    ) async throws -> R {
        try await IncidentReaderHarness.run(on: target, policies: documents, seed: change) {
            sandbox in
            let directory = NSTemporaryDirectory() + "muster-war-room-\(UUID().uuidString)"
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let store = sandbox.server.store
            let access = LiveAccess.sandbox(
                sandbox.server, credentials: SandboxCredentials(seed: sandbox.seed),
                for: sandbox.configuration)
            let pacing = SimulatedClock()
            let run = LiveRun(
                configuration: sandbox.configuration, access: access,
                now: { store.read { $0.clock.now } }, pacing: .simulated(pacing))
            let harness = WarRoomHarness(
                sandbox: sandbox, run: run, workspace: Workspace(directory: directory),
                pacing: pacing)
            return try await body(harness)
        }
    }

    var target: RoomPlatform { sandbox.target }

    /// Plans against the saved state, as `muster plan` does.
    func plan() async throws -> Plan {
        try await run.plan(options: PlanOptions(), state: workspace.loadState(), journal: []).plan
    }

    /// Plans and applies every change apply can carry out (of those `selected` keeps), with a
    /// journal, and saves the state.
    ///
    /// - Returns: The plan that was applied, and what became of each change.
    @discardableResult
    func apply(
        _ selected: (Change) -> Bool = { _ in true }
    ) async throws -> (plan: Plan, report: ApplyReport) {
        let lease = try workspace.lock(command: "war-room test")
        defer { lease.release() }
        let planned = try await run.plan(
            options: PlanOptions(), state: workspace.loadState(), journal: [])
        let journal = try workspace.beginJournal(planID: UUID().uuidString.lowercased())
        let applier = Applier(connections: run.connections, journal: journal)
        var report = await applier.apply(
            planned.plan.changes.filter { $0.operation != nil && selected($0) },
            state: planned.state)
        try workspace.saveState(&report.state)
        if report.isComplete { try workspace.clearJournal() }
        return (planned.plan, report)
    }

    /// Records an issue unless planning again finds nothing to do.
    func expectConverged(
        _ step: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let again = try await plan()
        #expect(
            again.changes.map(\.address.description) == [], "re-plan after \(step)",
            sourceLocation: sourceLocation)
    }

    /// Moves the sandbox's virtual clock.
    func advance(_ seconds: Int) async throws {
        try await sandbox.admin("clock/advance", ["seconds": seconds])
    }

    /// The incident's timeline in the service, as entry types with their comment, if any.
    func feed(_ incidentID: String) -> [(type: String, comment: String?)] {
        let incident = sandbox.server.store.read { world in
            world.flashduty.incidents.first { $0.id == incidentID }
        }
        return (incident?.feed ?? []).map { ($0.type, $0.detail["comment"]?.stringValue) }
    }

    /// The incident's number, as room names show it.
    func num(_ incidentID: String) -> String {
        sandbox.server.store.read { world in
            world.flashduty.incidents.first { $0.id == incidentID }?.num ?? ""
        }
    }

    /// The service's war rooms of an incident, as `(chat, status)`.
    func serviceRooms(_ incidentID: String) -> [(chat: String, status: String)] {
        sandbox.server.store.read { world in
            world.flashduty.warRooms.filter { $0.incidentId == incidentID }.map {
                ($0.chatId, $0.status)
            }
        }
    }

    /// The IM account the target platform has for a service member, found as one-click
    /// link would find it (by email, else by phone), whether or not they are linked.
    func account(of memberID: Int) -> String? {
        sandbox.server.store.read { world in
            guard let member = world.flashduty.members.first(where: { $0.id == memberID }) else {
                return nil
            }
            let host: any WarRoomChatHost
            switch target.platform {
            case .slack: host = world.slack
            case .feishu: host = world.feishu
            case .lark: host = world.lark
            case .dingtalk: host = world.dingtalk
            case .wecom: host = world.wecom
            }
            let phone = member.countryCode + member.phone
            return host.userID(email: member.email, app: target.app)
                ?? host.userID(phone: phone, app: target.app)
        }
    }

    /// The service members linked on the target's integration.
    func linkedMembers() -> Set<Int> {
        sandbox.server.store.read { world in
            let integration = world.flashduty.integrations.first {
                $0.id == target.integrationID
            }
            return Set((integration?.links ?? []).map(\.memberId))
        }
    }

    /// The chat as the target platform's own world holds it.
    func chat(_ chatID: String) -> IMChatView? {
        sandbox.server.store.read { IMChatView(chatID, on: target, in: $0) }
    }
}

/// One chat as its IM platform's world holds it, the same fields on every platform.
struct IMChatView: Equatable {
    var name: String
    /// Slack's topic, Feishu's description; nil where the platform has none.
    var topic: String?
    /// The people in the chat, bots left out.
    var members: Set<String>
    /// Archived (Slack), dissolved (Feishu), disbanded (DingTalk) or marked closed (WeCom).
    var isClosed: Bool
    /// What was posted to the chat, as the platform recorded each message's content.
    var messages: [String]

    init?(_ chatID: String, on target: RoomPlatform, in world: SandboxWorld) {
        switch target.platform {
        case .slack:
            guard let channel = world.slack.channels.first(where: { $0.id == chatID }) else {
                return nil
            }
            let bots = Set(world.slack.apps.map(\.botUserId))
            self.init(
                name: channel.name, topic: channel.topic.value,
                members: Set(channel.members).subtracting(bots), isClosed: channel.isArchived,
                messages: world.slack.messages.filter { $0.channel == chatID }.map(\.text))
        case .feishu, .lark:
            let tenant = target.platform == .lark ? world.lark : world.feishu
            guard let chat = tenant.chats.first(where: { $0.chatId == chatID }) else {
                return nil
            }
            self.init(
                name: chat.name, topic: chat.description, members: Set(chat.members),
                isClosed: chat.isDissolved,
                messages: tenant.messages.filter { $0.chatId == chatID }.map(\.content))
        case .dingtalk:
            guard
                let group = world.dingtalk.groups.first(where: {
                    $0.openConversationId == chatID || $0.chatId == chatID
                })
            else { return nil }
            self.init(
                name: group.title, topic: nil, members: Set(group.members),
                isClosed: group.isDisbanded,
                messages: world.dingtalk.messages.filter {
                    $0.openConversationId == group.openConversationId
                }.map(\.msgParam))
        case .wecom:
            guard let chat = world.wecom.chats.first(where: { $0.chatId == chatID }) else {
                return nil
            }
            self.init(
                name: chat.name, topic: nil, members: Set(chat.members), isClosed: chat.isClosed,
                messages: world.wecom.messages.filter { $0.chatId == chatID }.map {
                    String(decoding: $0.content.encodedBytes, as: UTF8.self)
                })
        }
    }

    init(
        name: String, topic: String?, members: Set<String>, isClosed: Bool, messages: [String]
    ) {
        self.name = name
        self.topic = topic
        self.members = members
        self.isClosed = isClosed
        self.messages = messages
    }
}
