import MusterDiagnostics

/// Renders a plan as a pull-request comment in GitHub Markdown.
///
/// The comment opens with what a reviewer must see first: the count of each action, a warning
/// when objects are deleted, a caution when a guardrail blocks the apply, the checks that did
/// not pass, the manual steps with their instructions, and the diagnostics. The full text
/// plan follows, folded, in a `diff` block so added and removed lines are coloured; the cost
/// comes last. All text from the plan is escaped, and the output is a pure function of it.
package struct PlanMarkdownRenderer: Sendable {
    /// How many deleted addresses the warning names before it says `and K more`.
    static let namedDeletions = 10

    package init() {}

    /// The whole comment, ending with a newline.
    package func render(_ plan: Plan) -> String {
        let blocks = [
            "### Muster plan",
            summaryBlock(plan),
            deletionWarning(plan.changes),
            guardrailCaution(plan.guardrails),
            checksBlock(PlanWording.unpassedChecks(plan)),
            manualStepsBlock(plan.changes),
            diagnosticsBlock(plan.diagnostics),
            detailsBlock(plan),
            costBlock(plan.cost),
        ]
        return blocks.compactMap { $0 }.joined(separator: "\n\n") + "\n"
    }

    /// A table of the actions that occur, in the actions' own order.
    private func summaryBlock(_ plan: Plan) -> String {
        guard plan.hasChanges else {
            return PlanWording.noChanges + " " + PlanWording.noChangesDetail
        }
        let rows = Change.Action.allCases.compactMap { action in
            plan.summary[action].map { "| \(MarkdownText.escaped(action.rawValue)) | \($0) |" }
        }
        return (["| action | count |", "| --- | ---: |"] + rows).joined(separator: "\n")
    }

    private func deletionWarning(_ changes: [Change]) -> String? {
        let deleted = changes.filter(\.action.isDestructive)
        guard !deleted.isEmpty else { return nil }
        let verb = deleted.contains { $0.action == .replace } ? "deletes or replaces" : "deletes"
        let count = DiagnosticRenderer.plural(deleted.count, "object")
        var names = deleted.prefix(Self.namedDeletions).map {
            MarkdownText.code($0.address.description)
        }
        if deleted.count > Self.namedDeletions {
            names.append("and \(deleted.count - Self.namedDeletions) more")
        }
        return "> [!WARNING]\n> This plan \(verb) \(count): \(names.joined(separator: ", "))."
    }

    private func guardrailCaution(_ violations: [GuardrailViolation]) -> String? {
        guard !violations.isEmpty else { return nil }
        let lines = violations.map { violation in
            let pass = violation.override.map { " (pass \(MarkdownText.code($0)) to proceed)" }
            return "> **Blocked:** \(MarkdownText.escaped(violation.message))\(pass ?? "")"
        }
        return "> [!CAUTION]\n" + lines.joined(separator: "\n>\n")
    }

    private func checksBlock(_ checks: [PlanCheck]) -> String? {
        guard !checks.isEmpty else { return nil }
        let items = checks.map { check in
            var item =
                "- **\(check.status.rawValue)** \(MarkdownText.code(check.address.description))"
            item += ": " + MarkdownText.escaped(check.title)
            if let detail = check.detail { item += "; " + MarkdownText.escaped(detail) }
            return item + Self.place(check.location)
        }
        return "**Checks that did not pass**\n\n" + items.joined(separator: "\n")
    }

    private func manualStepsBlock(_ changes: [Change]) -> String? {
        let steps = changes.filter { $0.action == .manual }
        guard !steps.isEmpty else { return nil }
        let items = steps.map { step in
            var lines = [
                "- \(MarkdownText.code(step.address.description)): "
                    + MarkdownText.escaped(step.reason) + Self.place(step.location)
            ]
            if let instructions = step.instructions {
                lines += [""] + Self.paragraph(instructions, indent: "  ")
            }
            return lines.joined(separator: "\n")
        }
        return "**Manual steps** (Muster cannot take these; a person must)\n\n"
            + items.joined(separator: "\n\n")
    }

    private func diagnosticsBlock(_ diagnostics: [Diagnostic]) -> String? {
        guard !diagnostics.isEmpty else { return nil }
        let items = diagnostics.map { diagnostic in
            var lines = [
                "- **\(diagnostic.severity.rawValue)** \(MarkdownText.code(diagnostic.code)): "
                    + MarkdownText.escaped(diagnostic.message) + Self.place(diagnostic.location)
            ]
            lines += diagnostic.notes.map { "  - note: " + MarkdownText.escaped($0) }
            return lines.joined(separator: "\n")
        }
        return "**Diagnostics**\n\n" + items.joined(separator: "\n")
    }

    /// The text plan, folded, in a `diff` block whose first column carries the diff marks.
    private func detailsBlock(_ plan: Plan) -> String? {
        guard plan.hasChanges else { return nil }
        // TODO: GitHub refuses comments over 65,536 characters, which a plan of a few hundred
        // changes passes. Cut the folded text to fit, and say where the full text plan is.
        let text = PlanTextRenderer(style: .plain, usesDiffGutter: true).render(plan)
        let count = DiagnosticRenderer.plural(plan.changes.count, "change")
        return "<details><summary>Show the \(count)</summary>\n\n"
            + MarkdownText.codeBlock(text, language: "diff") + "\n\n</details>"
    }

    /// `Cost: ...` for one platform, a list under `Cost:` for more.
    private func costBlock(_ cost: PlanCost) -> String? {
        let sentences = PlanWording.costSentences(cost)
        guard sentences.count > 1 else { return sentences.first.map { "Cost: " + $0 } }
        return "Cost:\n\n" + sentences.map { "- " + $0 }.joined(separator: "\n")
    }

    /// ` (file:line:col)` in code, or nothing.
    private static func place(_ location: SourceLocation?) -> String {
        location.map { " (\(MarkdownText.code($0.description)))" } ?? ""
    }

    /// Lines of prose, each kept on its own line by a hard break, after `indent`.
    private static func paragraph(_ text: String, indent: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.map { index in
            guard !lines[index].isEmpty else { return "" }
            let breaks = index + 1 < lines.count && !lines[index + 1].isEmpty
            return indent + MarkdownText.escaped(String(lines[index])) + (breaks ? "\\" : "")
        }
    }
}
