import MusterModel

/// Compiled templates by source text, for one file's decoding.
///
/// Compiling is pure, so a cached template is the same value a fresh compile would give; a
/// source that fails to compile is not cached and fails again, with its own location.
final class TemplateCache {
    private var compiled: [String: Template] = [:]

    func compile(_ source: String) throws(TemplateError) -> Template {
        if let template = compiled[source] { return template }
        let template = try Template(compiling: source)
        compiled[source] = template
        return template
    }
}
