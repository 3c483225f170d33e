import Testing

@testable import MusterModel

@Suite struct TemplateTests {
    private let context = TemplateContext(
        values: ["incident.num": "42", "incident.title": "Zahlungsdienst überlastet: 500s!"],
        labels: ["service": "checkout"])

    @Test(arguments: [
        ("inc-{{ incident.num }}", "inc-42"),
        ("{{ incident.title | slug }}", "zahlungsdienst-uberlastet-500s"),
        ("{{incident.title|slug|truncate(14)}}", "zahlungsdienst"),
        ("{{ incident.title | slug | truncate(15) }}", "zahlungsdienst"),
        ("{{ incident.title | upper | truncate(4) }}", "ZAHL"),
        ("{{ incident.labels.service }}", "checkout"),
        ("{{ incident.labels.team | default(\"none\") }}", "none"),
        ("{{ incident.channel }}", ""),
        ("no holes", "no holes"),
    ])
    func rendersVariablesThroughFilters(source: String, expected: String) throws {
        #expect(try Template(compiling: source).render(context) == expected)
    }

    @Test func slugDropsScriptsWithoutALatinForm() {
        #expect(TemplateFilter.slugify("数据库 failover — Straße") == "failover-strasse")
    }

    @Test(arguments: [
        (
            "{{ incident.tittle }}",
            "template uses unknown variable 'incident.tittle'; did you mean 'incident.title'?", 3
        ),
        (
            "a {{ incident.num | slugify }}",
            "template uses unknown filter 'slugify'; did you mean 'slug'?", 20
        ),
        ("{{ incident.num", "template has '{{' with no closing '}}'", 0),
        ("{{ }}", "template has an empty '{{ }}'", 0),
        (
            "{{ incident.num | truncate }}", "filter 'truncate' takes a length, as in truncate(40)",
            18
        ),
        (
            "{{ incident.num | truncate(0) }}",
            "filter 'truncate' takes a length, as in truncate(40)", 18
        ),
        ("{{ incident.num + 1 }}", "unexpected '+' in template expression", 16),
    ])
    func reportsCompileErrorsWithTheirOffset(source: String, message: String, offset: Int) {
        #expect(throws: TemplateError.self) { try Template(compiling: source) }
        do {
            _ = try Template(compiling: source)
        } catch {
            #expect(error.message == message)
            #expect(error.offset == offset)
        }
    }
}
