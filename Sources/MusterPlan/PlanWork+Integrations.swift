import MusterDiagnostics
import MusterModel

extension PlanWork {
    /// Checks each integration against the service's war-room list and its app's credentials.
    ///
    /// Muster cannot create an integration or flip its war-room switch (both are console steps),
    /// so what differs becomes a manual step that says where to click.
    mutating func planIntegrations() {
        let listed = Dictionary(
            observed.service.warRoomIntegrations.map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        for integration in desired.integrations {
            planWarRoomSwitch(integration, listed: listed[integration.integrationId])
            planCredentials(integration)
        }
    }

    private mutating func planWarRoomSwitch(
        _ integration: Integration, listed: ObservedIntegration?
    ) {
        let address = ResourceAddress("integration", integration.name)
        let location = integration.metadata.location
        let title =
            "war rooms \(integration.isWarRoomEnabled ? "on" : "off") for integration "
            + "\(integration.integrationId)"
        if let listed, let platform = Self.platform(ofPluginType: listed.pluginType),
            platform != integration.platform
        {
            error(
                "integration-platform-mismatch",
                "integration '\(integration.name)' is \(integration.platform.displayName) here "
                    + "but \(integration.integrationId) is \(platform.displayName) in the service",
                at: location, notes: ["check integrationId against the console"])
        }
        let isOn = listed != nil
        guard isOn != integration.isWarRoomEnabled else {
            checks.append(
                PlanCheck(address: address, title: title, status: .passed, location: location))
            return
        }
        checks.append(
            PlanCheck(address: address, title: title, status: .failed, location: location))
        let change = Change(
            address: address, action: .manual,
            before: Self.integrationValue(integration, warRoom: isOn),
            after: Self.integrationValue(integration, warRoom: integration.isWarRoomEnabled),
            reason: isOn
                ? "war rooms are on for this integration in the service, and off here"
                : "the service lists no integration \(integration.integrationId) with war rooms on",
            location: location, operation: nil,
            instructions: Self.warRoomInstructions(integration, turnOn: !isOn))
        add(change, to: .integrations, observed: "war_room=\(isOn)")
    }

    private mutating func planCredentials(_ integration: Integration) {
        let address = ResourceAddress("integration_app", integration.name)
        let platform = integration.platform.displayName
        let location =
            integration.credentials.values.map(\.location).min()
            ?? integration.metadata.location
        guard let app = observed.apps[integration.name] else {
            checks.append(
                PlanCheck(
                    address: address, title: "\(platform) app credentials", status: .unknown,
                    detail: "not read", location: location))
            return
        }
        guard let failure = app.failure else {
            checks.append(
                PlanCheck(
                    address: address, title: "\(platform) app credentials", status: .passed,
                    detail: app.identity.map { "signed in as \($0)" }, location: location))
            return
        }
        checks.append(
            PlanCheck(
                address: address, title: "\(platform) app credentials", status: .failed,
                detail: failure, location: location))
        let credentials = PlanValue.object(
            Dictionary(uniqueKeysWithValues: integration.credentials.keys.map { ($0, .sensitive) }))
        let change = Change(
            address: address, action: .manual, before: .object(["credentials": credentials]),
            after: .object(["credentials": credentials]),
            reason: "\(platform) refused the app's credentials: \(failure)",
            location: location, operation: nil,
            instructions: "Check the secrets referenced by Integration '\(integration.name)' "
                + "(spec.credentials at \(location)): they must be the \(platform) app's "
                + "current credentials. Rotate them in the app's console if they were revoked.")
        add(change, to: .integrations, observed: "failure=\(failure)")
    }

    /// Checks every scope an app-scope grant asks for against what the platform says.
    mutating func planAppScopes() {
        for grant in desired.grants {
            guard case .appScopes(let name, let scopes) = grant.form,
                let integration = desired.integration(named: name.value)
            else { continue }
            for scope in scopes {
                planScope(scope, of: integration, grant: grant)
            }
        }
    }

    private mutating func planScope(
        _ scope: Located<String>, of integration: Integration, grant: PermissionGrant
    ) {
        let address = ResourceAddress("app_scope", integration.name, scope.value)
        let title = "scope '\(scope.value)' granted to the \(integration.platform.displayName) app"
        let app = observed.apps[integration.name]
        guard let app, app.failure == nil else {
            checks.append(
                PlanCheck(
                    address: address, title: title, status: .unknown,
                    detail: "the app could not be reached", location: scope.location))
            return
        }
        switch app.scopes {
        case .unlisted(let reason):
            checks.append(
                PlanCheck(
                    address: address, title: title, status: .unknown, detail: reason,
                    location: scope.location))
        case .granted(let granted):
            guard !granted.contains(scope.value) else {
                checks.append(
                    PlanCheck(
                        address: address, title: title, status: .passed,
                        location: scope.location))
                return
            }
            planMissingScope(scope, of: integration, address: address, title: title)
        }
    }

    private mutating func planMissingScope(
        _ scope: Located<String>, of integration: Integration, address: ResourceAddress,
        title: String
    ) {
        let platform = integration.platform
        let feature = ScopeCatalog.entry(scope.value, on: platform)?.feature ?? "this feature"
        checks.append(
            PlanCheck(
                address: address, title: title, status: .failed,
                detail: "missing; needed to \(feature)", location: scope.location))
        let change = Change(
            address: address, action: .manual, before: .object(["granted": .bool(false)]),
            after: .object(["granted": .bool(true)]),
            reason: "the \(platform.displayName) app lacks '\(scope.value)', needed to \(feature)",
            location: scope.location, operation: nil,
            instructions: Self.scopeInstructions(scope.value, on: platform))
        add(change, to: .appScopes, observed: "granted=false")
    }
}

extension PlanWork {
    /// The platform a service plugin type names.
    static func platform(ofPluginType type: String) -> Platform? {
        switch type {
        case "slack": return .slack
        case "feishu": return .feishu
        case "lark": return .lark
        case "dingtalk", "dingtalk_app": return .dingtalk
        case "wecom", "wecom_app", "weixin_work": return .wecom
        default: return nil
        }
    }

    static func integrationValue(_ integration: Integration, warRoom: Bool) -> PlanValue {
        .object([
            "integration_id": .string(String(integration.integrationId)),
            "platform": .string(integration.platform.rawValue),
            "war_room": .string(warRoom ? "enabled" : "disabled"),
        ])
    }

    static func warRoomInstructions(_ integration: Integration, turnOn: Bool) -> String {
        let place =
            "In the Flashduty console, open Integrations > Instant messaging > "
            + "\(integration.platform.displayName) and find integration \(integration.integrationId)"
        guard turnOn else {
            return place + ". Turn War room off there, or set `warRoom: enabled` in "
                + "Integration '\(integration.name)'."
        }
        return place + " (if it does not exist, add it there and put its id in "
            + "`integrationId`). Turn War room on. Flashduty allows war rooms on one "
            + "integration per account, so turn it off on any other first."
    }

    static func scopeInstructions(_ scope: String, on platform: Platform) -> String {
        switch platform {
        case .slack:
            return "In the Slack app's settings (api.slack.com/apps), add '\(scope)' under "
                + "OAuth & Permissions > Scopes > Bot Token Scopes, then reinstall the app to "
                + "the workspace so the bot token carries it."
        case .feishu, .lark:
            return "In the \(platform.displayName) developer console, open the app's "
                + "Permissions & Scopes, add '\(scope)', then create and publish a new app "
                + "version so the grant takes effect."
        case .dingtalk:
            return "In the DingTalk developer console, open the app's Permission management, "
                + "apply for '\(scope)', and wait for the organisation admin's approval."
        case .wecom:
            return "In the WeCom admin console, open the app's API permissions and allow "
                + "'\(scope)'."
        }
    }
}
