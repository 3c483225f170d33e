import Dispatch
import Foundation
import MusterDiagnostics
import MusterModel
import MusterYAML
import Synchronization

/// Loads a configuration from files and directories: finds the files, parses and decodes them,
/// and checks the rules across documents.
///
/// Loading never throws and never stops early: it returns every problem in every file, sorted
/// by place, together with the configuration when there were no errors. Files are parsed and
/// decoded in parallel, each on its own; the rules across documents then run over the results
/// in file order, so the outcome is the same whatever the parallelism.
package struct ConfigurationLoader: Sendable {
    /// How many files are read at once.
    private let parallelism: Int

    /// - Parameter parallelism: How many files to read at once (default: one per core).
    package init(parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        precondition(parallelism >= 1, "loading needs at least one thread")
        self.parallelism = parallelism
    }

    /// Loads the configuration made of all files under `paths`.
    package func load(paths: [String]) -> ConfigurationLoadResult {
        let found = ConfigurationFileFinder(fileManager: .default).files(under: paths)
        let outcomes = Self.readAll(found.files, parallelism: parallelism)
        let sink = DiagnosticSink()
        found.diagnostics.forEach(sink.add)
        outcomes.flatMap(\.diagnostics).forEach(sink.add)
        let summaries = outcomes.flatMap(\.summaries)
        let configuration =
            summaries.isEmpty && sink.hasErrors
            ? nil
            : ConfigurationValidator(sink: sink).validate(
                headers: summaries, documents: outcomes.flatMap(\.documents), files: found.files)
        let diagnostics = sink.diagnostics.sortedByLocation()
        return ConfigurationLoadResult(
            configuration: diagnostics.hasErrors ? nil : configuration, diagnostics: diagnostics,
            files: found.files, documentCount: outcomes.reduce(0) { $0 + $1.documentCount },
            sources: Self.sources(of: outcomes, for: diagnostics))
    }

    /// Reads every file, `parallelism` at a time; the result keeps the files' order.
    private static func readAll(_ files: [String], parallelism: Int) -> [FileOutcome] {
        guard parallelism > 1, files.count > 1 else { return files.map(FileOutcome.read) }
        let results = Mutex([FileOutcome?](repeating: nil, count: files.count))
        let workers = min(parallelism, files.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: files.count, by: workers) {
                let outcome = FileOutcome.read(files[index])
                results.withLock { $0[index] = outcome }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    private static func sources(
        of outcomes: [FileOutcome], for diagnostics: [Diagnostic]
    ) -> SourceStore {
        let wanted = Set(diagnostics.compactMap { $0.location?.file })
        var texts: [String: String] = [:]
        for outcome in outcomes where wanted.contains(outcome.path) {
            texts[outcome.path] = String(decoding: outcome.bytes, as: UTF8.self)
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

/// One file, read, parsed and decoded on its own.
private struct FileOutcome: Sendable {
    let path: String
    let bytes: [UInt8]
    let documentCount: Int
    let summaries: [DocumentSummary]
    let documents: [DecodedDocument]
    let diagnostics: [Diagnostic]

    static func read(_ path: String) -> FileOutcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            let error = Diagnostic.error("unreadable-file", "cannot read file '\(path)'", at: nil)
            return FileOutcome(
                path: path, bytes: [], documentCount: 0, summaries: [], documents: [],
                diagnostics: [error])
        }
        let bytes = [UInt8](data)
        return decode(YAMLParser.parse(bytes, file: path), path: path, bytes: bytes)
    }

    private static func decode(
        _ parsed: YAMLParseResult, path: String, bytes: [UInt8]
    )
        -> FileOutcome
    {
        let sink = DiagnosticSink()
        for error in parsed.errors {
            let place = error.place
            let location = SourceLocation(file: place.file, line: place.line, column: place.column)
            sink.add(.error(error.code, error.message, at: location))
        }
        let content = parsed.documents.filter { $0.root != nil }
        if content.isEmpty && parsed.errors.isEmpty {
            sink.add(
                .error(
                    "empty-file", "file has no documents",
                    at: SourceLocation(file: path, line: 1, column: 1),
                    notes: ["remove the file, or add a document such as a Service"]))
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let decoder = DocumentDecoder(sink: sink, directory: directory)
        var summaries: [DocumentSummary] = []
        var documents: [DecodedDocument] = []
        for document in content {
            guard let root = document.root else { continue }
            checkSecretPlacement(document, root: root, sink: sink)
            guard let header = decoder.header(of: root) else { continue }
            summaries.append(header.summary)
            if let decoded = decoder.decode(header) { documents.append(decoded) }
        }
        return FileOutcome(
            path: path, bytes: bytes, documentCount: content.count, summaries: summaries,
            documents: documents, diagnostics: sink.diagnostics)
    }

    private static func checkSecretPlacement(
        _ document: YAMLDocument, root: YAMLNode, sink: DiagnosticSink
    ) {
        // A document of no known kind has that error already; its fields mean nothing yet.
        guard document.containsReferenceMarker,
            let kind = root["kind"]?.scalar.flatMap({ DocumentKind(rawValue: $0.text) })
        else { return }
        SecretPlacementCheck(sink: sink).check(root, kind: kind)
    }
}
