import Foundation

/// Compares text a person would read with a golden file kept in the repository.
///
/// Run the tests with `MUSTER_UPDATE_GOLDENS=1` to rewrite the golden files from the current
/// output; review the diff before committing it.
package enum GoldenFile {
    /// The package's root directory, found from this source file's path.
    package static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// An absolute path for a path relative to the repository root.
    package static func path(_ relative: String) -> String {
        repositoryRoot + "/" + relative
    }

    /// Text with the repository root removed from paths, so output is the same on any machine.
    package static func relativized(_ text: String) -> String {
        text.replacingOccurrences(of: repositoryRoot + "/", with: "")
    }

    /// Nil when `actual` equals the golden file's content; otherwise what differs.
    ///
    /// - Parameter relative: The golden file's path from the repository root.
    package static func mismatch(_ actual: String, golden relative: String) -> String? {
        let file = path(relative)
        if ProcessInfo.processInfo.environment["MUSTER_UPDATE_GOLDENS"] == "1" {
            let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
            try? FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
            try? actual.write(toFile: file, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOfFile: file, encoding: .utf8) else {
            return "golden file \(relative) is missing; run with MUSTER_UPDATE_GOLDENS=1"
        }
        return expected == actual ? nil : describeDifference(expected, actual, relative)
    }

    private static func describeDifference(
        _ expected: String, _ actual: String, _ relative: String
    ) -> String {
        let want = expected.components(separatedBy: "\n")
        let got = actual.components(separatedBy: "\n")
        for index in 0..<max(want.count, got.count) {
            let left = index < want.count ? want[index] : "<end>"
            let right = index < got.count ? got[index] : "<end>"
            if left != right {
                return "\(relative):\(index + 1) differs\n  golden: \(left)\n  actual: \(right)"
            }
        }
        return "\(relative) differs"
    }

    /// Every file with one of the extensions directly in a directory, sorted.
    package static func files(in relativeDirectory: String, extensions: [String]) -> [String] {
        let directory = path(relativeDirectory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in extensions.contains { name.hasSuffix(".\($0)") } }
            .sorted().map { relativeDirectory + "/" + $0 }
    }
}
