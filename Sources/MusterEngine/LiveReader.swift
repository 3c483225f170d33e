import MusterLive
import MusterModel
import MusterPlan

/// Reads the observed state a plan compares against: the service's roles, permissions,
/// members, teams and war-room integrations, and each integration's app.
///
/// The service's lists are read side by side; each list is paged at the largest size
/// Flashduty allows. An app whose credentials are refused is observed as such (the plan turns
/// it into a manual step); any other failure stops the read.
package struct LiveReader: Sendable {
    package let connections: LiveConnections

    package init(connections: LiveConnections) {
        self.connections = connections
    }

    /// The live side as the configuration's documents need it.
    ///
    /// - Throws: `PlatformError` or `TransportError` when the service cannot be read.
    package func read(for configuration: Configuration) async throws -> ObservedState {
        async let listed = readService()
        var apps: [String: ObservedApp] = [:]
        for integration in configuration.integrations {
            guard let adapter = connections.apps[integration.name] else { continue }
            apps[integration.name] = try await readApp(adapter, platform: integration.platform)
        }
        var service = try await listed
        var directories: [String: ObservedDirectory] = [:]
        if !configuration.bindings.isEmpty {
            let identities = IdentityReader(connections: connections)
            service = try await identities.members(service, for: configuration)
            directories = try await identities.directories(for: configuration, service: service)
        }
        return ObservedState(service: service, apps: apps, directories: directories)
    }

    private func readService() async throws -> ObservedService {
        let adapter = connections.service
        async let roles = adapter.roles()
        async let permissions = adapter.permissions()
        async let members = adapter.members()
        async let teams = adapter.teams()
        async let integrations = adapter.warRoomIntegrations()
        return ObservedService(
            roles: try await roles.map(Self.role),
            permissions: try await permissions.map {
                ObservedPermission(id: $0.id, name: $0.permissionName)
            },
            members: try await members.map {
                ObservedMember(
                    id: $0.memberId, name: $0.memberName, email: $0.email,
                    status: $0.status ?? "enabled", roleIDs: $0.accountRoleIds ?? [])
            },
            teams: try await teams.map {
                ObservedTeam(id: $0.teamId, name: $0.teamName, memberIDs: $0.personIds ?? [])
            },
            warRoomIntegrations: try await integrations.map {
                ObservedIntegration(
                    id: Int64($0.integrationId), name: $0.name, pluginType: $0.pluginType)
            })
    }

    private static func role(_ role: FlashdutyRole) -> ObservedRole {
        ObservedRole(
            id: role.roleId, name: role.roleName, description: role.description ?? "",
            permissionIDs: (role.permissionIds ?? []).sorted(), isEditable: role.editable ?? true,
            isEnabled: role.status != "disabled")
    }

    /// An app's identity and scopes; refused credentials are an observation, not an error.
    private func readApp(_ adapter: AppAdapter, platform: Platform) async throws -> ObservedApp {
        do {
            return try await identify(adapter, platform: platform)
        } catch let error as PlatformError where Self.isCredentialFailure(error) {
            return ObservedApp(identity: nil, failure: error.description, scopes: .granted([]))
        }
    }

    private func identify(_ adapter: AppAdapter, platform: Platform) async throws -> ObservedApp {
        switch adapter {
        case .slack(let slack):
            let identity = try await slack.identity()
            return ObservedApp(
                identity: "bot \(identity.botUserID) in \(identity.teamID)",
                scopes: .granted(identity.scopes))
        case .feishu(let feishu):
            return ObservedApp(identity: "app", scopes: .granted(try await feishu.grantedScopes()))
        case .dingtalk(let dingtalk):
            try await dingtalk.verifyCredentials()
            return ObservedApp(
                identity: "app",
                scopes: .unlisted(
                    reason: "DingTalk lists no granted scopes; a missing one shows as a refusal "
                        + "when it is used"))
        case .wecom(let wecom):
            try await wecom.verifyCredentials()
            return ObservedApp(
                identity: "app",
                scopes: .unlisted(reason: "WeCom apps have no scopes to list"))
        }
    }

    private static func isCredentialFailure(_ error: PlatformError) -> Bool {
        [.tokenInvalid, .forbidden, .missingScope].contains(error.kind)
    }
}
