/// The text of the files a load read, kept to show source lines under diagnostics.
///
/// Lines are split only for files that have diagnostics, so a clean load pays nothing.
package struct SourceStore: Sendable {
    private let lines: [String: [String]]

    init(texts: [String: String]) {
        self.lines = texts.mapValues { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
            }
        }
    }

    /// An empty store, for diagnostics with no file.
    package static let empty = SourceStore(texts: [:])

    /// One line (1-based) of a file, if it was read.
    package func line(_ number: Int, of file: String) -> String? {
        guard let fileLines = lines[file], number >= 1, number <= fileLines.count else {
            return nil
        }
        return fileLines[number - 1]
    }
}
