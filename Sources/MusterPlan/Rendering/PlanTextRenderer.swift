import MusterDiagnostics

/// Renders a plan as text for a person, the way `terraform plan` does.
///
/// The text lists each change with its symbol, address, reason and attributes, then the checks
/// that did not pass, the guardrails that block the apply, the cost, and a count line that is
/// always last. It is a pure function of the plan and the style: changes keep the plan's
/// apply order, attributes are in key order, and a secret always prints as `(sensitive)`.
package struct PlanTextRenderer: Sendable {
    package let style: TextStyle
    /// Whether lines that add, remove or change carry their mark in the first column instead,
    /// as a Markdown `diff` block needs: GitHub colours a line by its first character.
    let usesDiffGutter: Bool

    package init(style: TextStyle) {
        self.init(style: style, usesDiffGutter: false)
    }

    init(style: TextStyle, usesDiffGutter: Bool) {
        self.style = style
        self.usesDiffGutter = usesDiffGutter
    }

    /// The whole plan, each section followed by a blank line, ending with the count line.
    package func render(_ plan: Plan) -> String {
        let sections = [
            plan.hasChanges ? changesSection(plan.changes) : nil,
            checksSection(PlanWording.unpassedChecks(plan)),
            guardrailsSection(plan.guardrails),
            costSection(plan.cost),
            summaryLine(plan) + "\n",
        ]
        return sections.compactMap { $0 }.joined(separator: "\n")
    }

    private static let detailIndent = String(repeating: " ", count: 6)

    // MARK: Changes

    private func changesSection(_ changes: [Change]) -> String {
        "Muster will perform the following actions:\n\n"
            + changes.map(changeBlock).joined(separator: "\n")
    }

    private func changeBlock(_ change: Change) -> String {
        let paint = paint(for: change.action)
        var lines = [
            markedLine(change.action.symbol, indent: 2, paint(change.address.description), paint)
        ]
        lines += comments(change.reason, location: change.location)
        lines += attributeLines(AttributeDiff(change))
        lines += instructionLines(change.instructions)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `# reason` and `# from file:line:col`, under the address.
    private func comments(_ text: String, location: SourceLocation?) -> [String] {
        var lines = Self.indented(text, by: Self.detailIndent + "# ")
        if let location {
            lines.append(Self.detailIndent + "# from \(location)")
        }
        return lines
    }

    /// A manual step's instructions under `By hand:`, two spaces further in.
    private func instructionLines(_ instructions: String?) -> [String] {
        guard let instructions, !instructions.isEmpty else { return [] }
        let lines = Self.indented(instructions, by: Self.detailIndent + "  ")
        return [Self.detailIndent + style.bold("By hand:")] + lines
    }

    private func attributeLines(_ diff: AttributeDiff) -> [String] {
        var lines = diff.lines.map { attributeLine($0, keyWidth: diff.keyWidth) }
        if diff.unchangedCount > 0 {
            let hidden = DiagnosticRenderer.plural(diff.unchangedCount, "unchanged attribute")
            lines.append(Self.detailIndent + "# (\(hidden) hidden)")
        }
        return lines
    }

    private func attributeLine(_ line: AttributeDiff.Line, keyWidth: Int) -> String {
        let key = line.key + String(repeating: " ", count: keyWidth - line.key.count)
        switch line {
        case .added(_, let value):
            return markedLine("+", indent: 6, "\(key) = \(value.literal)", style.green)
        case .removed(_, let value):
            return markedLine("-", indent: 6, "\(key) = \(value.literal)", style.red)
        case .changed(_, let old, let new):
            return markedLine(
                "~", indent: 6, "\(key) = \(old.literal) -> \(new.literal)", style.yellow)
        }
    }

    /// A line led by a change symbol after `indent` spaces. With the diff gutter, a symbol
    /// that has a diff mark gives it the first column instead, and the text keeps its column.
    private func markedLine(
        _ symbol: String, indent: Int, _ text: String, _ paint: (String) -> String
    ) -> String {
        let spaces = String(repeating: " ", count: indent)
        guard usesDiffGutter, let mark = Self.diffMark(symbol) else {
            return spaces + paint(symbol) + " " + text
        }
        return mark + spaces + " " + text
    }

    /// What a `diff` block shows in the first column for a symbol: `!` is its mark for a
    /// changed line. Symbols without one (adopt, forget, manual) stay where they are.
    private static func diffMark(_ symbol: String) -> String? {
        switch symbol {
        case "+", "-", "-/+": return symbol
        case "~": return "!"
        default: return nil
        }
    }

    private func paint(for action: Change.Action) -> (String) -> String {
        switch action {
        case .create: return style.green
        case .update: return style.yellow
        case .delete, .replace: return style.red
        case .adopt, .forget: return style.cyan
        case .manual: return style.bold
        }
    }

    // MARK: Checks, guardrails, cost, summary

    private func checksSection(_ checks: [PlanCheck]) -> String? {
        guard !checks.isEmpty else { return nil }
        return "Checks that did not pass:\n" + checks.map(checkBlock).joined()
    }

    private func checkBlock(_ check: PlanCheck) -> String {
        let status = check.status == .failed ? style.red("failed:") : style.yellow("unknown:")
        let text = [check.title, check.detail].compactMap { $0 }.joined(separator: "\n")
        let lines = ["  \(status) \(check.address)"] + comments(text, location: check.location)
        return lines.joined(separator: "\n") + "\n"
    }

    private func guardrailsSection(_ violations: [GuardrailViolation]) -> String? {
        guard !violations.isEmpty else { return nil }
        return violations.map { violation in
            var text = style.red("Blocked:") + " " + style.bold(violation.message) + "\n"
            if let override = violation.override {
                text += "  (pass \(override) to proceed)\n"
            }
            return text
        }.joined()
    }

    private func costSection(_ cost: PlanCost) -> String? {
        let sentences = PlanWording.costSentences(cost)
        guard !sentences.isEmpty else { return nil }
        let lead = ["Cost: "] + Array(repeating: "      ", count: sentences.count - 1)
        return zip(lead, sentences).map { $0 + $1 + "\n" }.joined()
    }

    private func summaryLine(_ plan: Plan) -> String {
        guard plan.hasChanges else {
            return style.bold(PlanWording.noChanges) + " " + PlanWording.noChangesDetail
        }
        return style.bold(PlanWording.summarySentence(plan.summary))
    }

    /// Each line of `text` after `prefix`; empty lines stay empty, so no line ends in spaces.
    private static func indented(_ text: String, by prefix: String) -> [String] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "" : prefix + line
        }
    }
}
