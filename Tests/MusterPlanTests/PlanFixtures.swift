import MusterDiagnostics
import MusterPlan

/// Hand-made plans for the renderers: one without changes, one with every kind of change,
/// and one a guardrail blocks.
///
/// They are built by hand, not by the planner, so each rendering golden file changes only when
/// a renderer does. Operations are filled in because manual steps alone may lack one; the
/// renderers never print them.
enum PlanFixtures {
    /// Nothing to do, after reading the live side.
    static let empty = Plan(
        checks: [
            PlanCheck(
                address: ResourceAddress("integration", "slack-prod"),
                title: "credentials accepted by slack", status: .passed,
                location: at("integrations/slack.yaml", 1, 1))
        ],
        cost: PlanCost(platforms: [
            .init(platform: "flashduty", calls: 0, seconds: 0, readCalls: 9),
            .init(platform: "slack", calls: 0, seconds: 0, readCalls: 2),
        ]))

    /// Every action, a failed and an unknown check, a secret, a warning and two platforms'
    /// cost.
    static let mixed = Plan(
        changes: [
            createCommander, updateResponder, grant("alice@example.com", 42),
            grant("bob@example.com", 43), adoptScribe, revokeCarol, forgetDave, enableWarRooms,
        ],
        checks: [
            PlanCheck(
                address: ResourceAddress("app_scope", "dingtalk-ops", "qyapi_chat_manage"),
                title: "scope 'qyapi_chat_manage' granted to the app", status: .unknown,
                detail: "dingtalk lists no scopes; the first war room will tell",
                location: at("integrations/dingtalk.yaml", 11, 9)),
            PlanCheck(
                address: ResourceAddress("app_scope", "slack-prod", "channels:manage"),
                title: "scope 'channels:manage' granted to the app", status: .failed,
                detail: "add it under OAuth & Permissions, then reinstall the app",
                location: at("integrations/slack.yaml", 14, 9)),
            PlanCheck(
                address: ResourceAddress("integration", "slack-prod"),
                title: "credentials accepted by slack", status: .passed,
                location: at("integrations/slack.yaml", 1, 1)),
        ],
        diagnostics: [
            .warning(
                "binding-matches-nobody", "user binding 'oncall-eu' matches no member",
                at: at("bindings/oncall.yaml", 7, 3),
                notes: ["members are matched by email; check the domain"])
        ],
        fingerprints: ["role.Responder": "a1b2c3"],
        cost: PlanCost(platforms: [
            .init(platform: "slack", calls: 1, seconds: 0.02, readCalls: 3),
            .init(platform: "flashduty", calls: 5, seconds: 0.5, readCalls: 12),
            .init(platform: "dingtalk", calls: 0, seconds: 0, readCalls: 0),
        ]))

    /// Fourteen deletions and a replacement, over the destroy threshold, and a last admin.
    static let blocked = Plan(
        changes: (1...12).map { revoke("user\($0 < 10 ? "0" : "")\($0)@example.com", $0) }
            + [revoke("admin@example.com", 99, role: "Admin"), deleteLegacy, replaceOnCall],
        cost: PlanCost(platforms: [
            .init(platform: "flashduty", calls: 15, seconds: 1.46, readCalls: 20)
        ]),
        guardrails: [
            GuardrailViolation(
                rule: "destroy-threshold",
                message: "this plan deletes 15 objects, more than the limit of 10",
                override: "--allow-destroy"),
            GuardrailViolation(
                rule: "last-admin",
                message: "revoking Admin from 'admin@example.com' leaves no administrator",
                override: nil),
        ])

    // MARK: The mixed plan's changes

    private static let roles = "grants/roles.yaml"

    private static let createCommander = Change(
        address: ResourceAddress("role", "Incident-Commander"), action: .create, before: nil,
        after: role(
            "Incident-Commander", "Leads the response", ["incident.manage", "war_room.create"]),
        reason: "the role is declared but does not exist", location: at(roles, 3, 5),
        operation: .createRole(
            name: "Incident-Commander", description: "Leads the response",
            permissionIDs: [101, 205]))

    private static let updateResponder = Change(
        address: ResourceAddress("role", "Responder"), action: .update,
        before: role("Responder", "First on the scene", ["incident.ack"]),
        after: role("Responder", "First on the scene", ["incident.ack", "incident.resolve"]),
        reason: "its permissions differ from the configuration", location: at(roles, 12, 5),
        operation: .updateRole(
            roleID: 3001, name: "Responder", description: "First on the scene",
            permissionIDs: [102, 103]))

    private static func grant(_ email: String, _ memberID: Int) -> Change {
        Change(
            address: ResourceAddress("role_grant", "Incident-Commander", email), action: .create,
            before: nil,
            after: .object(["member": .string(email), "role": .string("Incident-Commander")]),
            reason: "the binding 'commanders' names this member",
            location: at("bindings/commanders.yaml", 4, 7),
            dependsOn: [ResourceAddress("role", "Incident-Commander")],
            operation: .grantRole(
                role: .created(name: "Incident-Commander"), memberID: memberID, email: email))
    }

    private static let adoptScribe = Change(
        address: ResourceAddress("role", "Scribe"), action: .adopt,
        before: role("Scribe", "Keeps the timeline", ["timeline.edit"]),
        after: role("Scribe", "Keeps the timeline", ["timeline.edit"]),
        reason: "the role exists and matches; --adopt takes it over", location: at(roles, 20, 5),
        operation: .adoptRole(roleID: 3002, name: "Scribe"))

    private static let revokeCarol = revoke("carol@example.com", 44)

    private static let forgetDave = Change(
        address: ResourceAddress("role_grant", "Responder", "dave@example.com"), action: .forget,
        before: .object(["member": .string("dave@example.com"), "role": .string("Responder")]),
        after: nil,
        reason: "the member was deleted from the service", location: nil,
        operation: .forgetGrant(roleName: "Responder", memberID: 45))

    /// A manual step on an integration whose credentials hold a secret.
    private static let enableWarRooms = Change(
        address: ResourceAddress("integration", "slack-prod"), action: .manual,
        before: integration(warRooms: false), after: integration(warRooms: true),
        reason: "war rooms are not enabled on integration 5001",
        location: at("integrations/slack.yaml", 1, 1), operation: nil,
        instructions: """
            In the Flashduty console, open Integrations > IM > slack-prod (5001),
            turn on War Rooms and save. Then run `muster plan` again.
            """)

    // MARK: The blocked plan's changes

    private static func revoke(
        _ email: String, _ memberID: Int, role: String = "Responder"
    )
        -> Change
    {
        Change(
            address: ResourceAddress("role_grant", role, email), action: .delete,
            before: .object(["member": .string(email), "role": .string(role)]), after: nil,
            reason: "no binding names this member any more", location: nil,
            operation: .revokeRole(roleID: 3001, roleName: role, memberID: memberID, email: email))
    }

    private static let deleteLegacy = Change(
        address: ResourceAddress("role", "Legacy"), action: .delete,
        before: role("Legacy", "", []), after: nil,
        reason: "the role is managed but no longer declared", location: nil,
        operation: .deleteRole(roleID: 3009, name: "Legacy"))

    /// A replacement, which no operation carries out yet; the fixture borrows a delete's.
    private static let replaceOnCall = Change(
        address: ResourceAddress("role", "On Call"), action: .replace,
        before: role("On Call", "Pager holders", ["incident.ack"], isPreset: true),
        after: role("On Call", "Pager holders", ["incident.ack"]),
        reason: "a preset role cannot be edited, so a custom one takes its place",
        location: at(roles, 30, 5), operation: .deleteRole(roleID: 3010, name: "On Call"))

    // MARK: Values

    private static func role(
        _ name: String, _ description: String, _ permissions: [String], isPreset: Bool = false
    ) -> PlanValue {
        var fields: [String: PlanValue] = [
            "name": .string(name), "description": .string(description),
            "permissions": .strings(permissions),
        ]
        if isPreset { fields["preset"] = .bool(true) }
        return .object(fields)
    }

    private static func integration(warRooms: Bool) -> PlanValue {
        .object([
            "integration_id": .int(5001), "war_rooms": .bool(warRooms),
            "credentials": .object([
                "bot_token": .sensitive, "secret_ref": .string("env:SLACK_BOT_TOKEN"),
            ]),
        ])
    }

    static func at(_ file: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

extension PlanFixtures {
    /// The fixtures that have golden files, by the golden files' base name.
    static let named: [String: Plan] = ["empty": empty, "mixed": mixed, "blocked": blocked]

    /// The fixture of a golden file's base name.
    static func plan(_ name: String) -> Plan {
        guard let plan = named[name] else { fatalError("no fixture plan '\(name)'") }
        return plan
    }
}
