import Foundation
import MusterDiagnostics

/// Finds the configuration files under the paths a user gave.
///
/// Directories are walked recursively; hidden files and directories (such as `.git` and
/// `.muster`) are skipped. The result is sorted and free of repeats, so loading is
/// deterministic whatever order the file system lists entries in.
struct ConfigurationFileFinder {
    let fileManager: FileManager

    /// The files to load, and a diagnostic for each path that gives none.
    func files(under paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(
                    .error("path-not-found", "path '\(path)' does not exist", at: nil))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let found = yamlFiles(in: path)
            if found.isEmpty {
                diagnostics.append(
                    .error(
                        "no-configuration", "no .yaml or .yml files in '\(path)'", at: nil,
                        notes: ["a configuration is a directory of YAML documents; see examples/"]))
            }
            files += found
        }
        return (Self.unique(files), diagnostics)
    }

    private func yamlFiles(in directory: String) -> [String] {
        guard let enumerator = fileManager.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            guard !components.contains(where: { $0.hasPrefix(".") }) else { continue }
            let lower = relative.lowercased()
            guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else { continue }
            found.append(Self.join(directory, relative))
        }
        return found.sorted()
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        if directory == "." { return relative }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    private static func unique(_ files: [String]) -> [String] {
        var seen = Set<String>()
        return files.filter { seen.insert(URL(fileURLWithPath: $0).standardized.path).inserted }
    }
}
