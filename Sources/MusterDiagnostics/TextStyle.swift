/// How text meant for a person is decorated: with ANSI colours on a terminal, plain elsewhere.
///
/// Colour is decided once, from whether the stream is a terminal and whether `NO_COLOR` is set
/// (https://no-color.org: any non-empty value turns colour off).
package struct TextStyle: Sendable {
    package let isColored: Bool

    package init(isColored: Bool) {
        self.isColored = isColored
    }

    /// The plain style, for files, pipes and tests.
    package static let plain = TextStyle(isColored: false)

    /// The style for a stream, given whether it is a terminal and the environment.
    package static func forStream(isTerminal: Bool, environment: [String: String]) -> TextStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(isColored: isTerminal && !noColor)
    }

    package func bold(_ text: String) -> String { wrap(text, "1") }
    package func red(_ text: String) -> String { wrap(text, "1;31") }
    package func yellow(_ text: String) -> String { wrap(text, "1;33") }
    package func green(_ text: String) -> String { wrap(text, "32") }
    package func cyan(_ text: String) -> String { wrap(text, "1;36") }
    package func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        isColored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
