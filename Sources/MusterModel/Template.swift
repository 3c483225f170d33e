/// A compiled room-name, topic or announcement template.
///
/// The language is deliberately small: literal text with `{{ variable | filter | ... }}` holes.
/// Compiling checks every variable and filter, so rendering cannot fail; a missing label renders
/// as the empty string (use `default("...")` to choose another).
package struct Template: Sendable, Hashable {
    /// One piece of a template.
    package enum Part: Sendable, Hashable {
        case text(String)
        case expression(variable: String, filters: [TemplateFilter])
    }

    package let source: String
    package let parts: [Part]

    /// Compiles a template.
    ///
    /// - Throws: `TemplateError` with the offset (in characters) of the problem.
    package init(compiling source: String) throws(TemplateError) {
        self.source = source
        var parser = TemplateParser(source)
        self.parts = try parser.parse()
    }

    /// The variables a template may use, besides `incident.labels.KEY`.
    package static let variables = [
        "incident.num", "incident.id", "incident.title", "incident.severity",
        "incident.channel", "policy.name",
    ]

    /// The prefix of label variables.
    package static let labelPrefix = "incident.labels."

    /// Renders the template with the given values.
    package func render(_ context: TemplateContext) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text):
                out += text
            case .expression(let variable, let filters):
                out += filters.reduce(context.value(of: variable)) { $1.apply(to: $0) }
            }
        }
        return out
    }
}

/// The values a template is rendered with.
package struct TemplateContext: Sendable {
    package var values: [String: String]
    package var labels: [String: String]

    package init(values: [String: String], labels: [String: String]) {
        self.values = values
        self.labels = labels
        self.sampleLabel = nil
    }

    /// The value of a variable; a missing one is empty.
    package func value(of variable: String) -> String {
        if variable.hasPrefix(Template.labelPrefix) {
            let key = String(variable.dropFirst(Template.labelPrefix.count))
            return labels[key] ?? sampleLabel ?? ""
        }
        return values[variable] ?? ""
    }

    /// The sample incident `validate` renders names for: a 200-character title that mixes
    /// Latin, accented and CJK text, so that a template which fails on real titles fails here.
    package static func sample(policyName: String) -> TemplateContext {
        let phrase = "Paiement échoué: 数据库主从切换失败 — Überlastung im Checkout-Dienst! "
        let title = String(String(repeating: phrase, count: 5).prefix(200))
        return TemplateContext(
            values: [
                "incident.num": "10482",
                "incident.id": "6650f1c2e4b0a1b2c3d4e5f6",
                "incident.title": title,
                "incident.severity": "Critical",
                "incident.channel": "payments",
                "policy.name": policyName,
            ],
            labels: [:],
            sampleLabel: "checkout")
    }

    private init(values: [String: String], labels: [String: String], sampleLabel: String) {
        self.values = values
        self.labels = labels
        self.sampleLabel = sampleLabel
    }

    /// For the sample context only: the value every label has.
    private let sampleLabel: String?
}
