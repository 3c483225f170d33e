import MusterDiagnostics

/// Renders a plan as one JSON document for tools, shaped like `terraform show -json` so the
/// same habits carry over; schema/plan.schema.json describes it.
///
/// The document is pretty-printed with two-space indentation and sorted keys, and ends with a
/// newline; equal plans give the same bytes. Changes keep the plan's apply order. A secret is
/// `"(sensitive)"` in `before` and `after`, and `true` at its place in the `*_sensitive`
/// masks. The apply `ChangeOperation` is internal and never written.
package struct PlanJSONRenderer: Sendable {
    package init() {}

    /// The plan's JSON document.
    ///
    /// - Parameter musterVersion: The version of the tool that made the plan.
    package func render(_ plan: Plan, musterVersion: String) -> String {
        let document: [String: JSONNode] = [
            "format_version": .string(Plan.formatVersion),
            "muster_version": .string(musterVersion),
            "has_changes": .bool(plan.hasChanges),
            "blocked": .bool(plan.isBlocked),
            "resource_changes": .array(plan.changes.map(Self.changeNode)),
            "checks": .array(plan.checks.map(Self.checkNode)),
            "diagnostics": .array(plan.diagnostics.map(Self.diagnosticNode)),
            "cost": Self.costNode(plan.cost),
            "guardrails": .array(plan.guardrails.map(Self.guardrailNode)),
            "summary": Self.summaryNode(plan.summary),
            "identities": .array(plan.identities.map(Self.identityNode)),
        ]
        return JSONNode.object(document).prettyPrinted()
    }

    private static func changeNode(_ change: Change) -> JSONNode {
        var fields: [String: JSONNode] = [
            "address": .string(change.address.description),
            "type": .string(change.address.type),
            "name": .string(change.address.keys[0]),
            "change": changeDetailNode(change),
            "reason": .string(change.reason),
            "location": locationNode(change.location),
            "depends_on": .array(change.dependsOn.map { .string($0.description) }),
            "instructions": .string(orNull: change.instructions),
        ]
        if change.address.keys.count > 1 {
            fields["index"] = .string(change.address.keys.dropFirst().joined(separator: "/"))
        }
        return .object(fields)
    }

    private static func changeDetailNode(_ change: Change) -> JSONNode {
        .object([
            "actions": .array(change.action.jsonActions.map(JSONNode.string)),
            "before": change.before.map(JSONNode.init) ?? .null,
            "after": change.after.map(JSONNode.init) ?? .null,
            "before_sensitive": change.before?.sensitiveMask ?? .bool(false),
            "after_sensitive": change.after?.sensitiveMask ?? .bool(false),
        ])
    }

    private static func identityNode(_ identity: PlanIdentity) -> JSONNode {
        .object([
            "binding": .string(identity.binding), "integration": .string(identity.integration),
            "platform": .string(identity.platform), "member_id": .int(identity.memberID),
            "member": .string(identity.member), "outcome": .string(identity.outcome),
            "account": .string(orNull: identity.account),
            "account_email": .string(orNull: identity.accountEmail),
            "route": .string(orNull: identity.route),
        ])
    }

    private static func checkNode(_ check: PlanCheck) -> JSONNode {
        .object([
            "address": .string(check.address.description),
            "title": .string(check.title),
            "status": .string(check.status.rawValue),
            "detail": .string(orNull: check.detail),
            "location": locationNode(check.location),
        ])
    }

    private static func diagnosticNode(_ diagnostic: Diagnostic) -> JSONNode {
        .object([
            "severity": .string(diagnostic.severity.rawValue),
            "code": .string(diagnostic.code),
            "message": .string(diagnostic.message),
            "location": locationNode(diagnostic.location),
            "notes": .array(diagnostic.notes.map(JSONNode.string)),
        ])
    }

    private static func costNode(_ cost: PlanCost) -> JSONNode {
        let platforms = cost.platforms.map { platform -> JSONNode in
            .object([
                "platform": .string(platform.platform),
                "calls": .int(platform.calls),
                "seconds": .number(platform.seconds),
                "read_calls": .int(platform.readCalls),
            ])
        }
        return .object([
            "platforms": .array(platforms),
            "total_calls": .int(cost.totalCalls),
            "total_read_calls": .int(cost.totalReadCalls),
        ])
    }

    private static func guardrailNode(_ violation: GuardrailViolation) -> JSONNode {
        .object([
            "rule": .string(violation.rule),
            "message": .string(violation.message),
            "override": .string(orNull: violation.override),
        ])
    }

    /// Every action's count, zeros included, so tools need no defaults.
    private static func summaryNode(_ summary: [Change.Action: Int]) -> JSONNode {
        let counts = Change.Action.allCases.map { ($0.rawValue, JSONNode.int(summary[$0] ?? 0)) }
        return .object(Dictionary(uniqueKeysWithValues: counts))
    }

    private static func locationNode(_ location: SourceLocation?) -> JSONNode {
        guard let location else { return .null }
        return .object([
            "file": .string(location.file),
            "line": .int(location.line),
            "column": .int(location.column),
        ])
    }
}
