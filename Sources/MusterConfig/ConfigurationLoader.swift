import Dispatch
import Foundation
import MusterDiagnostics
import MusterModel
import MusterYAML
import Synchronization

/// Loads a configuration from files and directories: finds the files, parses them, decodes
/// each document and checks the rules across documents.
///
/// Loading never throws and never stops early: it returns every problem in every file, sorted
/// by place, together with the configuration when there were no errors. Files are parsed in
/// parallel, and everything after parsing runs in file order, so results are deterministic.
package struct ConfigurationLoader: Sendable {
    package init() {}

    /// Loads the configuration made of all files under `paths`.
    package func load(paths: [String]) -> ConfigurationLoadResult {
        let found = ConfigurationFileFinder(fileManager: .default).files(under: paths)
        let sink = DiagnosticSink()
        found.diagnostics.forEach(sink.add)
        let parsed = Self.parseAll(found.files)
        var headers: [DocumentHeader] = []
        var documents: [DecodedDocument] = []
        for file in parsed {
            decode(file, sink: sink, headers: &headers, documents: &documents)
        }
        let configuration =
            sink.hasErrors && headers.isEmpty
            ? nil
            : ConfigurationValidator(sink: sink).validate(
                headers: headers, documents: documents, files: found.files)
        let diagnostics = sink.diagnostics.sortedByLocation()
        return ConfigurationLoadResult(
            configuration: diagnostics.hasErrors ? nil : configuration, diagnostics: diagnostics,
            files: found.files,
            documentCount: parsed.reduce(0) { $0 + $1.result.documents.count { $0.root != nil } },
            sources: Self.sources(of: parsed, for: diagnostics))
    }

    private func decode(
        _ file: ParsedFile, sink: DiagnosticSink, headers: inout [DocumentHeader],
        documents: inout [DecodedDocument]
    ) {
        if let readError = file.readError {
            sink.add(.error("unreadable-file", readError, at: nil))
            return
        }
        for error in file.result.errors {
            let place = error.place
            sink.add(
                .error(
                    error.code, error.message,
                    at: SourceLocation(file: place.file, line: place.line, column: place.column)))
        }
        let roots = file.result.documents.compactMap(\.root)
        if roots.isEmpty && file.result.errors.isEmpty {
            sink.add(
                .error(
                    "empty-file", "file has no documents",
                    at: SourceLocation(file: file.path, line: 1, column: 1),
                    notes: ["remove the file, or add a document such as a Service"]))
        }
        let directory = URL(fileURLWithPath: file.path).deletingLastPathComponent().path
        let decoder = DocumentDecoder(sink: sink, directory: directory)
        for root in roots {
            // A document of no known kind has that error already; its fields mean nothing yet.
            if let kind = root["kind"]?.scalar.flatMap({ DocumentKind(rawValue: $0.text) }) {
                SecretPlacementCheck(sink: sink).check(root, kind: kind)
            }
            guard let header = decoder.header(of: root) else { continue }
            headers.append(header)
            if let document = decoder.decode(header) { documents.append(document) }
        }
    }

    /// Reads and parses every file, two or more at a time.
    private static func parseAll(_ files: [String]) -> [ParsedFile] {
        let results = Mutex([ParsedFile?](repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let parsed = ParsedFile.read(files[index])
            results.withLock { $0[index] = parsed }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    private static func sources(
        of files: [ParsedFile], for diagnostics: [Diagnostic]
    ) -> SourceStore {
        let wanted = Set(diagnostics.compactMap { $0.location?.file })
        var texts: [String: String] = [:]
        for file in files where wanted.contains(file.path) {
            texts[file.path] = String(decoding: file.bytes, as: UTF8.self)
        }
        return SourceStore(texts: texts)
    }
}

/// What a load produced.
package struct ConfigurationLoadResult: Sendable {
    /// The configuration, when there were no errors.
    package let configuration: Configuration?
    /// Every problem, sorted by file, line and column.
    package let diagnostics: [Diagnostic]
    package let files: [String]
    package let documentCount: Int
    /// The lines of files with diagnostics, for rendering.
    package let sources: SourceStore

    /// Whether the configuration is usable.
    package var isValid: Bool { configuration != nil }
}

/// One file's bytes and parse.
private struct ParsedFile: Sendable {
    let path: String
    let bytes: [UInt8]
    let result: YAMLParseResult
    let readError: String?

    static func read(_ path: String) -> ParsedFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            let empty = YAMLParseResult(documents: [], errors: [])
            return ParsedFile(
                path: path, bytes: [], result: empty, readError: "cannot read file '\(path)'")
        }
        let bytes = [UInt8](data)
        return ParsedFile(
            path: path, bytes: bytes, result: YAMLParser.parse(bytes, file: path), readError: nil)
    }
}
