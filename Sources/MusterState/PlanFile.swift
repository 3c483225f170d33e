import Foundation
import MusterPlan

/// A saved plan, as `muster plan -out FILE` writes it and `muster apply FILE` reads it back.
///
/// Besides the plan it records what the plan was made from (the configuration paths, and each
/// file with its SHA-256) and with which options, so apply can refuse a plan whose inputs have
/// moved. It is written atomically, like the state. `createdAt` is kept in whole seconds, so a
/// plan file survives its round trip unchanged.
package struct PlanFile: Sendable, Hashable, Codable {
    /// The configuration the plan was made from.
    package struct Configuration: Sendable, Hashable, Codable {
        /// One configuration file and the digest of its bytes.
        package struct File: Sendable, Hashable, Codable {
            package var path: String
            /// `PlanFile.digest(of:)` of the file's contents.
            package var sha256: String

            package init(path: String, sha256: String) {
                self.path = path
                self.sha256 = sha256
            }

            /// A file with the digest of its contents.
            package init(path: String, contents: Data) {
                self.init(path: path, sha256: PlanFile.digest(of: contents))
            }
        }

        /// The paths as given on the command line.
        package var paths: [String]
        /// Every file read, sorted by path.
        package var files: [File]

        package init(paths: [String], files: [File]) {
            self.paths = paths
            self.files = files.sorted { $0.path < $1.path }
        }
    }

    /// The options of `muster plan` that change what the plan holds.
    package struct Options: Sendable, Hashable, Codable {
        package var adopt: Bool
        package var allowDestroy: Bool
        /// The `--target` addresses, as given.
        package var targets: [String]

        package init(adopt: Bool = false, allowDestroy: Bool = false, targets: [String] = []) {
            self.adopt = adopt
            self.allowDestroy = allowDestroy
            self.targets = targets
        }
    }

    /// Always `Plan.formatVersion` for a file this muster wrote or read.
    package var formatVersion: String
    package var musterVersion: String
    package var createdAt: Date
    package var configuration: Configuration
    package var options: Options
    package var plan: Plan

    package init(
        musterVersion: String, createdAt: Date = Date(), configuration: Configuration,
        options: Options, plan: Plan
    ) {
        self.formatVersion = Plan.formatVersion
        self.musterVersion = musterVersion
        self.createdAt = Date(timeIntervalSince1970: createdAt.timeIntervalSince1970.rounded(.down))
        self.configuration = configuration
        self.options = options
        self.plan = plan
    }

    /// The SHA-256 of some bytes in lowercase hex, as configuration files and observed
    /// objects are fingerprinted.
    package static func digest(of data: Data) -> String {
        Fingerprint.of(bytes: data)
    }

    /// Writes the plan file atomically, replacing any file at `path`.
    package func write(to path: String) throws(StateError) {
        let data = try StateJSON.encode(self, pretty: true, for: path)
        try FileSystem.replace(path, with: data)
    }

    /// Reads a plan file back.
    ///
    /// - Throws: `StateError.notAPlanFile` when the file is not a plan file, and
    ///   `StateError.unsupportedPlanFormat` when it has another format version.
    package static func read(from path: String) throws(StateError) -> PlanFile {
        guard let data = try FileSystem.read(path) else {
            throw .unreadable(path: path, reason: FileSystem.reason(ENOENT))
        }
        try checkFormat(of: data, path: path)
        do {
            return try StateJSON.makeDecoder().decode(PlanFile.self, from: data)
        } catch {
            throw .notAPlanFile(path: path, reason: StateJSON.describe(error))
        }
    }

    /// Reads the format version alone first, so a plan from another version is reported as
    /// such rather than as a missing or unknown field.
    private static func checkFormat(of data: Data, path: String) throws(StateError) {
        struct Header: Decodable { let formatVersion: String }
        let header: Header
        do {
            header = try StateJSON.makeDecoder().decode(Header.self, from: data)
        } catch {
            throw .notAPlanFile(path: path, reason: StateJSON.describe(error))
        }
        guard header.formatVersion == Plan.formatVersion else {
            throw .unsupportedPlanFormat(
                path: path, found: header.formatVersion, supported: Plan.formatVersion)
        }
    }
}
