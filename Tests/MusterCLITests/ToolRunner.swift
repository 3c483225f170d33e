import Foundation
import MusterCLI
import Synchronization

/// Runs the whole tool in-process and keeps what it wrote to each stream.
struct ToolRun {
    let code: ExitCode
    let out: String
    let error: String

    init(
        _ words: [String], environment: [String: String] = [:], isTerminal: Bool = false,
        tool: MusterTool = MusterTool(), input: [String] = [],
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) async {
        let out = Mutex("")
        let error = Mutex("")
        let io = CommandIO(
            writeOut: { text in out.withLock { $0 += text } },
            writeError: { text in error.withLock { $0 += text } }, isOutTerminal: isTerminal,
            isErrorTerminal: isTerminal, environment: environment,
            currentDirectory: currentDirectory, readLine: Self.lines(input))
        self.code = await tool.run(words, io: io)
        self.out = out.withLock { $0 }
        self.error = error.withLock { $0 }
    }

    /// Hands out the given lines one at a time, then end of input.
    private static func lines(_ input: [String]) -> @Sendable () -> String? {
        let remaining = Mutex(input[...])
        return { remaining.withLock { $0.popFirst() } }
    }
}
