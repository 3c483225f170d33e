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
        tool: MusterTool = MusterTool()
    ) {
        let out = Mutex("")
        let error = Mutex("")
        let io = CommandIO(
            writeOut: { text in out.withLock { $0 += text } },
            writeError: { text in error.withLock { $0 += text } }, isOutTerminal: isTerminal,
            isErrorTerminal: isTerminal, environment: environment,
            currentDirectory: FileManager.default.currentDirectoryPath)
        self.code = tool.run(words, io: io)
        self.out = out.withLock { $0 }
        self.error = error.withLock { $0 }
    }
}
