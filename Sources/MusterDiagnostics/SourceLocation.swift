/// A place in a configuration file: the file's path as the user named it, and a 1-based line
/// and column.
///
/// Columns count Unicode scalars from the start of the line, as libyaml reports them.
package struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    package let file: String
    package let line: Int
    package let column: Int

    package init(file: String, line: Int, column: Int) {
        precondition(line >= 1 && column >= 1, "source locations are 1-based")
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:col`, the form editors and terminals turn into links.
    package var description: String { "\(file):\(line):\(column)" }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
