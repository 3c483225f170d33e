import CYAML

/// Parses YAML text into documents of located nodes, on libyaml's event API.
///
/// This is the only module that imports libyaml. Parsing never throws: every problem becomes a
/// `YAMLError` in the result, so a caller can report all files' problems at once.
package enum YAMLParser {
    /// Parses a whole file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - file: The path to record in every mark, as the user named it.
    /// - Returns: The documents, and every problem found.
    package static func parse(_ bytes: [UInt8], file: String) -> YAMLParseResult {
        if let error = UTF8Validation.firstError(in: bytes, file: file) {
            return YAMLParseResult(documents: [], errors: [error])
        }
        var composer = YAMLComposer(file: file, size: bytes.count)
        let syntaxError = run(bytes, file: file) { event in composer.consume(&event) }
        var errors = composer.errors
        if let syntaxError {
            errors.append(TabScan.explain(syntaxError, in: bytes) ?? syntaxError)
        }
        return YAMLParseResult(documents: composer.finish(), errors: errors)
    }

    /// Runs libyaml's parser alone and counts its events, building nothing: the baseline that
    /// benchmarks compare the loader against.
    ///
    /// - Returns: The number of events, or nil if the text is not valid YAML.
    package static func countEvents(_ bytes: [UInt8]) -> Int? {
        var count = 0
        let error = run(bytes) { _ in count += 1 }
        return error == nil ? count : nil
    }

    /// Feeds every event of the text to `body`, and returns the syntax error that stopped it.
    private static func run(
        _ bytes: [UInt8], file: String = "", _ body: (inout yaml_event_t) -> Void
    ) -> YAMLError? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .syntax(
                problem: "libyaml could not start", context: nil, file: file, line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> YAMLError? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return syntaxError(of: parser, file: file)
                }
                let isEnd = event.type == YAML_STREAM_END_EVENT
                body(&event)
                yaml_event_delete(&event)
                if isEnd { return nil }
            }
        }
    }

    private static func syntaxError(of parser: yaml_parser_t, file: String) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        let mark = parser.problem != nil ? parser.problem_mark : parser.context_mark
        return .syntax(
            problem: problem, context: context, file: file, line: Int(mark.line) + 1,
            column: Int(mark.column) + 1)
    }
}
