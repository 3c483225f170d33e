import Foundation
import MusterDiagnostics

/// Where a command writes, and what it knows about its terminal and environment.
///
/// Commands never touch the process's streams directly, so tests run them in-process and read
/// exactly what a person would see.
package struct CommandIO: Sendable {
    package let writeOut: @Sendable (String) -> Void
    package let writeError: @Sendable (String) -> Void
    package let isOutTerminal: Bool
    package let isErrorTerminal: Bool
    package let environment: [String: String]
    package let currentDirectory: String
    /// Whether standard input is a terminal a person can answer on.
    package let isInputTerminal: Bool
    /// Reads one line of standard input, or nil at its end (apply's confirmation).
    package let readLine: @Sendable () -> String?

    package init(
        writeOut: @escaping @Sendable (String) -> Void,
        writeError: @escaping @Sendable (String) -> Void, isOutTerminal: Bool,
        isErrorTerminal: Bool, environment: [String: String], currentDirectory: String,
        readLine: @escaping @Sendable () -> String? = { nil }, isInputTerminal: Bool = false
    ) {
        self.writeOut = writeOut
        self.writeError = writeError
        self.isOutTerminal = isOutTerminal
        self.isErrorTerminal = isErrorTerminal
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.readLine = readLine
        self.isInputTerminal = isInputTerminal
    }

    /// The process's own standard output and error.
    package static func process() -> CommandIO {
        CommandIO(
            writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) },
            isOutTerminal: isatty(STDOUT_FILENO) == 1, isErrorTerminal: isatty(STDERR_FILENO) == 1,
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            readLine: { Swift.readLine(strippingNewline: true) },
            isInputTerminal: isatty(STDIN_FILENO) == 1)
    }

    /// The style for diagnostics on standard error.
    package func errorStyle(noColor: Bool) -> TextStyle {
        noColor ? .plain : .forStream(isTerminal: isErrorTerminal, environment: environment)
    }

    /// The style for reports on standard output.
    package func outStyle(noColor: Bool) -> TextStyle {
        noColor ? .plain : .forStream(isTerminal: isOutTerminal, environment: environment)
    }
}
