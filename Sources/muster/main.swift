import Foundation
import MusterCLI

// The whole tool lives in MusterCLI; this target only connects it to the process.
let code = await MusterTool().run(Array(CommandLine.arguments.dropFirst()), io: .process())
exit(code.rawValue)
