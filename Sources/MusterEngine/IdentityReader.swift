import MusterLive
import MusterModel
import MusterPlan

/// Reads what the planner needs to resolve user bindings: the members' full phones from the
/// service, and each bound integration's IM accounts for their addresses and overrides.
///
/// It asks only for what the bindings select (`BindingScope`), and in the largest batches each
/// platform allows: `/person/infos` 100 members a call, Slack one `users.list` pass, Feishu
/// and Lark 50 addresses of each kind a call. DingTalk and WeCom have no batch lookup, so they
/// cost a call per address and one per account found. A lookup the platform refuses for want
/// of a scope or permission is recorded in the directory's `refusals`, once per method.
package struct IdentityReader: Sendable {
    package let connections: LiveConnections

    package init(connections: LiveConnections) {
        self.connections = connections
    }

    /// The service with each bound member's full phone (E.164) and verified flags filled in.
    ///
    /// Only members that a binding of the configuration selects are read (every member, when
    /// a binding says `members: all`), 100 a call; the others are returned as they were.
    ///
    /// - Throws: `PlatformError` or `TransportError` when `/person/infos` fails.
    package func members(
        _ service: ObservedService, for configuration: Configuration
    ) async throws -> ObservedService {
        var wanted = Set<Int>()
        for binding in configuration.bindings {
            guard let integration = configuration.integration(named: binding.integration.value)
            else { continue }
            let scope = BindingScope(binding: binding, platform: integration.platform)
            wanted.formUnion(scope.members(in: service).map(\.id))
        }
        guard !wanted.isEmpty else { return service }

        let persons = try await connections.service.persons(ids: wanted.sorted())
        let byID = Dictionary(persons.map { ($0.personId, $0) }) { first, _ in first }
        var filled = service
        for index in filled.members.indices {
            guard let person = byID[filled.members[index].id] else { continue }
            filled.members[index].phone = PhoneNumber.e164(
                countryCode: person.countryCode, national: person.phone)
            filled.members[index].isEmailVerified = person.emailVerified ?? false
            filled.members[index].isPhoneVerified = person.phoneVerified ?? false
        }
        return filled
    }

    /// What each integration with bindings has for the addresses and overrides they need, by
    /// the integration document's name.
    ///
    /// `service` should come from `members(_:for:)`, so that phones are full. An integration
    /// whose app has no adapter has no directory; one whose credentials the platform refuses
    /// has every lookup method refused with the platform's answer. An override whose account
    /// the app may not read (Slack without `users:read`, Feishu without a contact read scope,
    /// DingTalk or WeCom refusing `user/get`, refused credentials) is taken on trust: an
    /// active, visible account of that id.
    ///
    /// - Throws: `PlatformError` or `TransportError` for a failure that is not a refusal.
    package func directories(
        for configuration: Configuration, service: ObservedService
    ) async throws -> [String: ObservedDirectory] {
        // TODO: an override taken on trust because the read was refused looks to the planner
        // like one that was checked; ObservedDirectory needs a refusal for account reads (the
        // scope and the platform's message), set where the readers call `trustOverrides`.
        var directories: [String: ObservedDirectory] = [:]
        for integration in configuration.integrations {
            let bindings = configuration.bindings.filter {
                $0.integration.value == integration.name
            }
            guard !bindings.isEmpty, let adapter = connections.apps[integration.name] else {
                continue
            }
            let request = DirectoryRequest(
                bindings: bindings, platform: integration.platform, service: service)
            do {
                directories[integration.name] = try await read(request, with: adapter)
            } catch let error as PlatformError where error.kind == .tokenInvalid {
                directories[integration.name] = Self.refused(request, error)
            }
        }
        return directories
    }

    /// The directory of an app whose credentials the platform refused: every method with
    /// addresses refused with the platform's answer, and overrides taken on trust.
    private static func refused(
        _ request: DirectoryRequest, _ error: PlatformError
    ) -> ObservedDirectory {
        var directory = ObservedDirectory()
        for method in request.methods {
            directory.refusals[method] = LookupRefusal(error, scope: nil)
        }
        directory.trustOverrides(request.accountIDs)
        return directory
    }

    private func read(
        _ request: DirectoryRequest, with adapter: AppAdapter
    ) async throws -> ObservedDirectory {
        switch adapter {
        case .slack(let slack): return try await SlackDirectoryReader(adapter: slack).read(request)
        case .feishu(let feishu):
            return try await FeishuDirectoryReader(adapter: feishu).read(request)
        case .dingtalk(let dingtalk):
            return try await DingTalkDirectoryReader(adapter: dingtalk).read(request)
        case .wecom(let wecom): return try await WeComDirectoryReader(adapter: wecom).read(request)
        }
    }
}
