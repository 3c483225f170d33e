/// Renders every bound member's identities side by side, one column per integration, for
/// `muster plan --show-identities`.
package struct IdentityTableRenderer: Sendable {
    package init() {}

    /// The table, or a line saying there are no bindings.
    package func render(_ identities: [PlanIdentity]) -> String {
        guard !identities.isEmpty else { return "No user bindings.\n" }
        let integrations = orderedUnique(identities.map(\.integration))
        var rows: [String: [String: String]] = [:]
        var members: [(id: Int, name: String)] = []
        for identity in identities {
            if rows[identity.member] == nil { members.append((identity.memberID, identity.member)) }
            rows[identity.member, default: [:]][identity.integration] = cell(identity)
        }
        members.sort { $0.id < $1.id }
        let header = ["member"] + integrations
        let body = members.map { member in
            [member.name] + integrations.map { rows[member.name]?[$0] ?? "-" }
        }
        return "Identities:\n" + table([header] + body)
    }

    private func cell(_ identity: PlanIdentity) -> String {
        switch identity.outcome {
        case "resolved": return "\(identity.account ?? "?") (\(identity.route ?? "?"))"
        case "ambiguous": return "ambiguous: \(identity.account ?? "")"
        case "not-found", "lookup-refused", "no-address": return identity.outcome
        default: return "\(identity.outcome): \(identity.account ?? "")"
        }
    }

    private func table(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in
            rows.map { $0[column].count }.max() ?? 0
        }
        return rows.map { row in
            let cells = row.enumerated().map { index, text in
                index == row.count - 1
                    ? text : text.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            return "  " + cells.joined(separator: "  ") + "\n"
        }.joined()
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
